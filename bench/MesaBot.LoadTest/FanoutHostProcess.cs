using System.Diagnostics;
using MesaBot.IntegrationTests.Reminders;

namespace MesaBot.LoadTest;

/// <summary>What one delivering host drained: jobs per worker, workers that crashed, Table requests it made.</summary>
internal sealed record DrainReport(int[] Handled, int Crashes, long TableRequests)
{
    public static DrainReport Sum(IEnumerable<DrainReport> hosts) =>
        hosts.Aggregate(new DrainReport([], 0, 0), (a, b) => new DrainReport([.. a.Handled, .. b.Handled], a.Crashes + b.Crashes, a.TableRequests + b.TableRequests));

    public override string ToString() => $"handled {string.Join(',', Handled)} crashes {Crashes} requests {TableRequests}";

    public static DrainReport Parse(string line)
    {
        var words = line.Split(' ');
        return new DrainReport([.. words[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)], int.Parse(words[3]), long.Parse(words[5]));
    }
}

/// <summary>
/// `fanout --hosts N --processes`: each delivering host in a process of its own — its own runtime, thread pool and
/// timers, as two App Service instances have — on the parent's Azurite tables and queue and its Connector. The child
/// builds its host, says "ready", drains when the parent writes "go", and answers one <see cref="DrainReport"/> line.
/// </summary>
internal sealed class FanoutHostProcess : IDisposable
{
    public const string Mode = "fanout-host";
    private const string Ready = "ready";
    private const string Go = "go";

    private readonly Process _process;

    private FanoutHostProcess(Process process) => _process = process;

    public static async Task<FanoutHostProcess> StartAsync(string storage, string tablePrefix, int workers, int limit, int? inFlight)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[typeof(FanoutHostProcess).Assembly.Location, Mode, "--storage", storage, "--prefix", tablePrefix,
                     "--workers", $"{workers}", "--limit", $"{limit}", .. inFlight is { } n ? ["--in-flight", $"{n}"] : Array.Empty<string>()])
        {
            start.ArgumentList.Add(argument);
        }

        var host = new FanoutHostProcess(Process.Start(start)!);
        await host.ReadUntilAsync(line => line == Ready);
        return host;
    }

    public void Start() => _process.StandardInput.WriteLine(Go);

    public async Task<DrainReport> ReportAsync() => DrainReport.Parse(await ReadUntilAsync(line => line.StartsWith("handled ", StringComparison.Ordinal)));

    // Lines that are not the protocol's (a worker's crash, say) are the child's to say: passed on, marked as its.
    private async Task<string> ReadUntilAsync(Func<string, bool> wanted)
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (wanted(line))
            {
                return line;
            }

            Console.WriteLine($"[host pid {_process.Id}] {line}");
        }

        throw new InvalidOperationException($"The delivering host (pid {_process.Id}) ended before it answered.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The child's side: one host as the bot registers it, on the tables the parent seeded.</summary>
    public static async Task RunChildAsync(string[] args)
    {
        string Value(string name) => args.SkipWhile(a => a != name).Skip(1).First();
        var limit = int.Parse(Value("--limit"));
        int? inFlight = args.Contains("--in-flight") ? int.Parse(Value("--in-flight")) : null;
        var harness = await RemindersHarness.StartAsync(o => FanoutBenchmark.Configure(o, limit, inFlight), Value("--storage"), Value("--prefix"));
        var host = FanoutBenchmark.DeliveryHost.Start(harness, int.Parse(Value("--workers")));
        Console.WriteLine(Ready);
        if (await Console.In.ReadLineAsync() != Go)
        {
            return;
        }

        var before = harness.Records.Counter.Count;
        var (handled, crashes) = await FanoutBenchmark.DrainAsync(host.Workers);
        Console.WriteLine(new DrainReport(handled, crashes, harness.Records.Counter.Count - before));
        await host.Services.DisposeAsync();
    }
}
