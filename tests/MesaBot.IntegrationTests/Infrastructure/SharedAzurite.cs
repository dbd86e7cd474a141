using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MesaBot.Storage;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// One real Azurite for the whole test run. The test script starts it once and passes its connection
/// string in MESABOT_TEST_STORAGE; run alone (from an IDE), the test process starts its own in memory and
/// kills it when the process exits. Tests isolate themselves by table prefix, never by mocking storage.
/// </summary>
public static class SharedAzurite
{
    public const string EnvironmentVariable = "MESABOT_TEST_STORAGE";

    private static readonly Lazy<string> Connection = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString => Connection.Value;

    /// <summary>A fresh table prefix, so each test class (or test) sees empty tables.</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The emulator this process started (null when it reuses MESABOT_TEST_STORAGE's): the chat benchmark measures its CPU.</summary>
    public static Process? OwnProcess { get; private set; }

    private static string StartOrReuse()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var process = OwnProcess = Start(blob, queue, table, ["--inMemoryPersistence"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        };
        return AzuriteConnection.ConnectionStringFor(blob, queue, table);
    }

    /// <summary>
    /// Starts the repository's Azurite on 127.0.0.1 and returns once its table and queue ports answer.
    /// <paramref name="persistence"/> is "--inMemoryPersistence", or "--location DIR" for tests that restart it.
    /// </summary>
    public static Process Start(int blob, int queue, int table, IEnumerable<string> persistence)
    {
        var root = FindRoot();
        var executable = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite missing at {executable}: run 'npm ci' in {root}.");
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", blob.ToString(), "--queuePort", queue.ToString(), "--tablePort", table.ToString(),
            "--disableTelemetry", "--silent", "--skipApiVersionCheck",
        }.Concat(persistence))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        WaitUntilListening(process, table, queue);
        return process;
    }

    private static void WaitUntilListening(Process process, params int[] ports)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (ports.All(Answers))
            {
                return;
            }

            // Waits for the process to die, at most 100 ms: a failed start is reported at once.
            if (process.WaitForExit(100))
            {
                throw new InvalidOperationException($"Azurite exited with {process.ExitCode}: {process.StandardError.ReadToEnd()}");
            }
        }

        throw new TimeoutException("Azurite did not start listening within 30 s.");
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MesaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MesaBot.sln not found above the test binaries.");
    }
}
