namespace MesaBot.LoadTest;

/// <summary>Medians of the repeated runs, the bot against both floors, the targets, and the host's memory.</summary>
public static class ChatReport
{
    public static void Print(List<RunResult> results, BenchOptions options, MeasuredProcess host, MeasuredProcess floor, MeasuredProcess? baseline, int outboundTokens, string[] args)
    {
        Console.WriteLine();
        Console.WriteLine($"## pendientes end to end: medians of {options.Runs} runs of {options.Seconds} s ({options.Closed} closed + 50 open items)");
        Console.WriteLine();
        Console.WriteLine("| Concurrency | Target | req/s | p50 ms | p99 ms | CPU ms/turn | Azurite CPU ms/turn | failures |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        var medians = new Dictionary<(int, string), RunResult>();
        foreach (var group in results.GroupBy(r => (r.Concurrency, r.Target)))
        {
            var m = new RunResult(group.Key.Target, group.Key.Concurrency, (int)Median(group.Select(r => (double)r.Turns)), group.Sum(r => r.Failures), 1,
                Median(group.Select(r => r.P50Ms)), Median(group.Select(r => r.P99Ms)), Median(group.Select(r => r.CpuMsPerTurn)), Median(group.Select(r => r.StorageCpuMsPerTurn)));
            var rps = Median(group.Select(r => r.RequestsPerSecond));
            medians[group.Key] = m with { Turns = (int)Math.Round(rps * 1000), Seconds = 1000 };
            Console.WriteLine($"| {m.Concurrency} | {m.Target} | {rps:F1} | {m.P50Ms:F1} | {m.P99Ms:F1} | {m.CpuMsPerTurn:F2} | {m.StorageCpuMsPerTurn:F2} | {m.Failures} |");
        }

        bool Measured(string target) => medians.ContainsKey((options.Concurrency[0], target));
        if (Measured("floor+jwt"))
        {
            PrintFloorRatios(options, medians);
        }

        if (Measured("echo"))
        {
            PerConcurrency(options, "| Concurrency | CPU bot/echo bot | req/s bot/echo bot | target (issue 17: CPU per turn below the Agents SDK echo bot's; it validates no token and reads no storage) |", "|---:|---:|---:|---|", c =>
            {
                var (bot, echo) = (medians[(c, "bot")], medians[(c, "echo")]);
                var cpu = bot.CpuMsPerTurn / echo.CpuMsPerTurn;
                return $"{cpu:F2}× | {bot.RequestsPerSecond / echo.RequestsPerSecond:F2}× | {(cpu < 1 ? "met" : "MISSED")}";
            });
        }

        if (Measured("baseline"))
        {
            PerConcurrency(options, "| Concurrency | CPU bot/baseline | req/s bot/baseline | CPU baseline/(floor+jwt) | CPU bot/(floor+jwt) |", "|---:|---:|---:|---:|---:|", c =>
            {
                var (bot, before) = (medians[(c, "bot")], medians[(c, "baseline")]);
                var againstFloor = medians.TryGetValue((c, "floor+jwt"), out var jwt)
                    ? $"{before.CpuMsPerTurn / jwt.CpuMsPerTurn:F2}× | {bot.CpuMsPerTurn / jwt.CpuMsPerTurn:F2}×"
                    : "- | -";
                return $"{bot.CpuMsPerTurn / before.CpuMsPerTurn:F2}× | {bot.RequestsPerSecond / before.RequestsPerSecond:F2}× | {againstFloor}";
            });
        }

        Console.WriteLine();
        var peakMb = host.PeakWorkingSetMiB * 1.048576;
        var (anonymous, file) = host.ResidentBreakdownMiB();
        var (floorAnonymous, floorFile) = floor.ResidentBreakdownMiB();
        Console.WriteLine($"Host peak working set (VmHWM) {host.PeakWorkingSetMiB:F0} MiB = {peakMb:F0} MB, now {host.WorkingSetMiB:F0} MiB ({anonymous:F0} anonymous + {file:F0} file); floor VmHWM {floor.PeakWorkingSetMiB:F0} MiB, now {floorAnonymous:F0} anonymous + {floorFile:F0} file");
        if (baseline is not null)
        {
            var (baselineAnonymous, baselineFile) = baseline.ResidentBreakdownMiB();
            Console.WriteLine($"Baseline host VmHWM {baseline.PeakWorkingSetMiB:F0} MiB, now {baselineAnonymous:F0} anonymous + {baselineFile:F0} file");
        }

        foreach (var process in baseline is null ? [host, floor] : new[] { host, floor, baseline })
        {
            Console.WriteLine($"{process.Name}, resident now by mapping: {string.Join(", ", process.ResidentByMapping(14).Select(m => $"{m.Mapping} {m.MiB:F1}"))}");
        }

        var (hostAssemblies, floorAssemblies) = (host.MappedAssemblies(), floor.MappedAssemblies());
        var hostOnly = hostAssemblies.Where(a => !floorAssemblies.ContainsKey(a.Key)).OrderByDescending(a => a.Value).ToList();
        Console.WriteLine($"Assemblies mapped: host {hostAssemblies.Count} ({hostAssemblies.Values.Sum():F1} MiB resident), floor {floorAssemblies.Count} ({floorAssemblies.Values.Sum():F1} MiB); host only ({hostOnly.Sum(a => a.Value):F1} MiB): {string.Join(", ", hostOnly.Select(a => $"{Path.GetFileNameWithoutExtension(a.Key)} {a.Value:F1}"))}");
        Console.WriteLine($"Memory targets (< 160 MB, ≤ the floor's peak): {(peakMb < 160 ? "met" : "MISSED")}, {(host.PeakWorkingSetMiB <= floor.PeakWorkingSetMiB ? "met" : "MISSED")}; environment added: host {BenchOptions.Describe(options.HostEnvironment)}, baseline {BenchOptions.Describe(options.BaselineEnvironment)}, floor {BenchOptions.Describe(options.FloorEnvironment)}; outbound tokens fetched by the host: {outboundTokens}");
        Console.WriteLine($"Fake Connector: {(options.ParsingConnector ? "parses every posted activity (--connector parsing)" : "keeps the posted bytes, parses none")}");
        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Reproduce: {Machine.Command(args)}");
    }

    /// <summary>The bot against the floors: the issue 17 targets for CPU, requests per second, p99 and the emulator's cost.</summary>
    private static void PrintFloorRatios(BenchOptions options, Dictionary<(int, string), RunResult> medians)
    {
        PerConcurrency(options, "| Concurrency | CPU bot/floor | CPU bot/(floor+jwt) | req/s bot/floor | req/s bot/(floor+jwt) | p99 bot/(floor+jwt) | targets (issue 17: CPU ≤ 1.3×, req/s ≥ 0.9×, p99 ≤ 1.5× at the largest concurrency) | CPU, req/s bot/(floor+jwt+lookup) |", "|---:|---:|---:|---:|---:|---:|---|---|", c =>
        {
            var bot = medians[(c, "bot")];
            string AgainstBare(double botFigure, Func<RunResult, double> figure) =>
                medians.TryGetValue((c, "floor"), out var bare) ? $"{botFigure / figure(bare):F2}×" : "-";
            var jwt = medians[(c, "floor+jwt")];
            var cpuJwt = bot.CpuMsPerTurn / jwt.CpuMsPerTurn;
            var rpsJwt = bot.RequestsPerSecond / jwt.RequestsPerSecond;
            var lookup = medians.TryGetValue((c, "floor+jwt+lookup"), out var l)
                ? $"{bot.CpuMsPerTurn / l.CpuMsPerTurn:F2}×, {bot.RequestsPerSecond / l.RequestsPerSecond:F2}×"
                : "-";
            var p99Jwt = bot.P99Ms / jwt.P99Ms;
            var p99Target = c == options.Concurrency.Max() ? $", p99 {(p99Jwt <= 1.5 ? "met" : "MISSED")}" : "";
            return $"{AgainstBare(bot.CpuMsPerTurn, r => r.CpuMsPerTurn)} | {cpuJwt:F2}× | {AgainstBare(bot.RequestsPerSecond, r => r.RequestsPerSecond)} | {rpsJwt:F2}× | {p99Jwt:F2}× | CPU {(cpuJwt <= 1.3 ? "met" : "MISSED")}, req/s {(rpsJwt >= 0.9 ? "met" : "MISSED")}{p99Target} | {lookup}";
        });

        PerConcurrency(options, "| Concurrency | Azurite CPU per turn, bot/(floor+jwt) | target (issue 17: ≤ 1.5×, the same 1,000 closed items present) |", "|---:|---:|---|", c =>
        {
            var storage = medians[(c, "bot")].StorageCpuMsPerTurn / medians[(c, "floor+jwt")].StorageCpuMsPerTurn;
            return $"{storage:F2}× | {(storage <= 1.5 ? "met" : "MISSED")}";
        });
    }

    /// <summary>One Markdown table with a row per concurrency: the header, its alignment row, then "| c | cells |".</summary>
    private static void PerConcurrency(BenchOptions options, string header, string alignment, Func<int, string> cells)
    {
        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine(alignment);
        foreach (var c in options.Concurrency)
        {
            Console.WriteLine($"| {c} | {cells(c)} |");
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
