using System.Diagnostics;
using System.Net.Sockets;

namespace MesaBot.Storage;

/// <summary>
/// Gives the storage connection string. When none is configured and the host runs in Development, it
/// starts the repository's own Azurite (from node_modules) on 127.0.0.1 with its data under .data/, and
/// stops it, by its process id, when the host stops.
/// </summary>
public sealed partial class AzuriteConnection(IHostEnvironment environment, ILogger<AzuriteConnection> logger) : IDisposable
{
    // Azurite's published, well-known development account key: not a secret.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Lock _gate = new();
    private Process? _azurite;
    private string? _connectionString;

    public string ResolveConnectionString(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Storage:ConnectionString is required outside Development.");
        }

        lock (_gate)
        {
            return _connectionString ??= Start(options.Azurite);
        }
    }

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    private string Start(AzuriteOptions o)
    {
        var root = RepositoryRoot.Find(environment.ContentRootPath);
        var executable = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run 'npm ci' in {root}.");
        }

        var dataDirectory = Path.GetFullPath(Path.Combine(root, o.DataDirectory));
        Directory.CreateDirectory(dataDirectory);
        var pidFile = Path.Combine(dataDirectory, "azurite.pid");
        StopLeftover(pidFile);

        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDirectory,
        };
        foreach (var arg in new[]
        {
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", o.BlobPort.ToString(), "--queuePort", o.QueuePort.ToString(), "--tablePort", o.TablePort.ToString(),
            "--location", dataDirectory, "--disableTelemetry", "--silent", "--skipApiVersionCheck",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _azurite = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _azurite.OutputDataReceived += (_, _) => { };
        _azurite.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Log.AzuriteError(logger, e.Data); };
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();
        File.WriteAllText(pidFile, _azurite.Id.ToString());
        WaitForPort(o.TablePort, TimeSpan.FromSeconds(30));
        Log.Started(logger, _azurite.Id, o.TablePort, dataDirectory);
        return ConnectionStringFor(o.BlobPort, o.QueuePort, o.TablePort);
    }

    private void WaitForPort(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_azurite!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_azurite.ExitCode}; is port {port} taken?");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100); // start-up only, before the host serves anything
            }
        }

        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{port} within {timeout.TotalSeconds} s.");
    }

    // A host killed without a clean shutdown leaves its Azurite running on our ports: stop it first.
    private static void StopLeftover(string pidFile)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile), out var pid))
        {
            return;
        }

        try
        {
            using var leftover = Process.GetProcessById(pid);
            if (leftover.ProcessName.Contains("node", StringComparison.OrdinalIgnoreCase))
            {
                leftover.Kill(entireProcessTree: true);
                leftover.WaitForExit(5000);
            }
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        if (_azurite is { HasExited: false })
        {
            Log.Stopping(logger, _azurite.Id);
            _azurite.Kill(entireProcessTree: true);
            _azurite.WaitForExit(5000);
        }

        _azurite?.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Started local Azurite (pid {Pid}, tables on 127.0.0.1:{TablePort}, data in {DataDirectory}) because Storage:ConnectionString is empty")]
        public static partial void Started(ILogger logger, int pid, int tablePort, string dataDirectory);

        [LoggerMessage(2, LogLevel.Information, "Stopping local Azurite (pid {Pid})")]
        public static partial void Stopping(ILogger logger, int pid);

        [LoggerMessage(3, LogLevel.Warning, "Azurite: {Line}")]
        public static partial void AzuriteError(ILogger logger, string line);
    }
}
