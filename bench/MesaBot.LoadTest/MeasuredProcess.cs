using System.Collections.Concurrent;
using System.Diagnostics;

namespace MesaBot.LoadTest;

/// <summary>
/// A .NET (or Node.js) program this benchmark started on 127.0.0.1, measured from outside: CPU time consumed (user +
/// system, from /proc) and peak resident memory (VmHWM). Stopped by its own pid.
/// </summary>
public sealed class MeasuredProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private MeasuredProcess(string name, Process process, string baseUrl)
    {
        Name = name;
        _process = process;
        BaseUrl = baseUrl;
    }

    public string Name { get; }

    public string BaseUrl { get; }

    public int Id => _process.Id;

    public static Task<MeasuredProcess> StartAsync(string name, string dll, IEnumerable<string> arguments, IDictionary<string, string> environment, string readyPath) =>
        StartProgramAsync(name, "dotnet", [dll, .. arguments], environment, readyPath);

    /// <summary>A Node.js script (the Agents SDK echo bot), told its port in PORT.</summary>
    public static Task<MeasuredProcess> StartNodeAsync(string name, string script, string readyPath) =>
        StartProgramAsync(name, "node", [script], new Dictionary<string, string>(), readyPath);

    private static async Task<MeasuredProcess> StartProgramAsync(string name, string program, string[] arguments, IDictionary<string, string> environment, string readyPath)
    {
        var port = MesaBot.IntegrationTests.Infrastructure.SharedAzurite.FreePort();
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Path.GetDirectoryName(arguments[0])!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["PORT"] = port.ToString();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var child = new MeasuredProcess(name, process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await child.WaitReadyAsync(readyPath);
        return child;
    }

    /// <summary>User + system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Peak resident set size ("high water mark") since the process started, in MiB.</summary>
    public double PeakWorkingSetMiB => StatusKiB("VmHWM:") / 1024.0;

    public double WorkingSetMiB => StatusKiB("VmRSS:") / 1024.0;

    /// <summary>CPU ticks (1/100 s) used so far by each thread, by "name (tid)": where an idle process spends its time.</summary>
    public Dictionary<string, long> ThreadTicks()
    {
        var ticks = new Dictionary<string, long>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{Id}/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[$"{name} ({Path.GetFileName(task)})"] = long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return ticks;
    }

    /// <summary>
    /// What the resident memory is made of now (/proc/pid/smaps_rollup): anonymous pages (GC heap, runtime data)
    /// against file and shared pages (mapped assemblies, native libraries, and the JIT's code, which W^X maps
    /// through memfd:doublemapper), in MiB.
    /// </summary>
    public (double Anonymous, double File) ResidentBreakdownMiB()
    {
        var kib = File.ReadLines($"/proc/{Id}/smaps_rollup")
            .Select(l => l.Split(':', 2))
            .Where(f => f.Length == 2)
            .ToDictionary(f => f[0], f => long.TryParse(f[1].Trim().Split(' ')[0], out var v) ? v : 0);
        var anonymous = kib.GetValueOrDefault("Anonymous");
        return (anonymous / 1024.0, (kib.GetValueOrDefault("Rss") - anonymous) / 1024.0);
    }

    /// <summary>Resident MiB by mapping (file name, or "[anon]", "[heap]"…) from /proc/pid/smaps, largest first.</summary>
    public IReadOnlyList<(string Mapping, double MiB)> ResidentByMapping(int top)
    {
        var rss = new Dictionary<string, long>();
        var mapping = "[anon]";
        foreach (var line in File.ReadLines($"/proc/{Id}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-') && !fields[0].EndsWith(':'))
            {
                mapping = fields.Length >= 6 ? Path.GetFileName(string.Join(' ', fields[5..])) : "[anon]";
                mapping = mapping.Length == 0 ? "[anon]" : mapping;
            }
            else if (fields.Length >= 2 && fields[0] == "Rss:")
            {
                rss[mapping] = rss.GetValueOrDefault(mapping) + long.Parse(fields[1]);
            }
        }

        return [.. rss.OrderByDescending(kv => kv.Value).Take(top).Select(kv => (kv.Key, kv.Value / 1024.0))];
    }

    /// <summary>Every assembly (.dll) the process has mapped, with its resident MiB: what it loaded, as the kernel sees it.</summary>
    public IReadOnlyDictionary<string, double> MappedAssemblies() =>
        ResidentByMapping(int.MaxValue).Where(m => m.Mapping.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(m => m.Mapping, m => m.MiB);

    public string Tail(int lines = 30) => $"--- {Name} (pid {Id}) ---\n" + string.Join('\n', _output.TakeLast(lines));

    private long StatusKiB(string field)
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
    }

    private async Task WaitReadyAsync(string path)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited during start-up.\n{Tail()}");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + path)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} did not answer {path} within 60 s.\n{Tail()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 300 && _output.TryDequeue(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
