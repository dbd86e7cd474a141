namespace MesaBot.LoadTest;

/// <summary>Medians of the repeated runs, the bot against both floors, the targets, and the host's memory.</summary>
public static class ChatReport
{
    public static void Print(List<RunResult> results, BenchOptions options, MeasuredProcess host, MeasuredProcess floor, int outboundTokens, string[] args)
    {
        Console.WriteLine();
        Console.WriteLine($"## pendientes end to end: medians of {options.Runs} runs of {options.Seconds} s ({options.Closed} closed + 50 open items)");
        Console.WriteLine();
        Console.WriteLine("| Concurrency | Target | req/s | p50 ms | p99 ms | CPU ms/turn | failures |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        var medians = new Dictionary<(int, string), RunResult>();
        foreach (var group in results.GroupBy(r => (r.Concurrency, r.Target)))
        {
            var m = new RunResult(group.Key.Target, group.Key.Concurrency, (int)Median(group.Select(r => (double)r.Turns)), group.Sum(r => r.Failures), 1,
                Median(group.Select(r => r.P50Ms)), Median(group.Select(r => r.P99Ms)), Median(group.Select(r => r.CpuMsPerTurn)));
            var rps = Median(group.Select(r => r.RequestsPerSecond));
            medians[group.Key] = m with { Turns = (int)Math.Round(rps * 1000), Seconds = 1000 };
            Console.WriteLine($"| {m.Concurrency} | {m.Target} | {rps:F1} | {m.P50Ms:F1} | {m.P99Ms:F1} | {m.CpuMsPerTurn:F2} | {m.Failures} |");
        }

        Console.WriteLine();
        Console.WriteLine("| Concurrency | CPU bot/floor | CPU bot/(floor+jwt) | req/s bot/floor | req/s bot/(floor+jwt) | targets (CPU ≤ 1.5×, req/s ≥ 0.8× floor+jwt) | CPU, req/s bot/(floor+jwt+lookup) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|---|");
        foreach (var c in options.Concurrency)
        {
            var bot = medians[(c, "bot")];
            var bare = medians[(c, "floor")];
            var jwt = medians[(c, "floor+jwt")];
            var cpuJwt = bot.CpuMsPerTurn / jwt.CpuMsPerTurn;
            var rpsJwt = bot.RequestsPerSecond / jwt.RequestsPerSecond;
            var lookup = medians.TryGetValue((c, "floor+jwt+lookup"), out var l)
                ? $"{bot.CpuMsPerTurn / l.CpuMsPerTurn:F2}×, {bot.RequestsPerSecond / l.RequestsPerSecond:F2}×"
                : "-";
            Console.WriteLine($"| {c} | {bot.CpuMsPerTurn / bare.CpuMsPerTurn:F2}× | {cpuJwt:F2}× | {bot.RequestsPerSecond / bare.RequestsPerSecond:F2}× | {rpsJwt:F2}× | CPU {(cpuJwt <= 1.5 ? "met" : "MISSED")}, req/s {(rpsJwt >= 0.8 ? "met" : "MISSED")} | {lookup} |");
        }

        if (medians.ContainsKey((options.Concurrency[0], "baseline")))
        {
            Console.WriteLine();
            Console.WriteLine("| Concurrency | CPU bot/baseline | req/s bot/baseline | CPU baseline/(floor+jwt) | CPU bot/(floor+jwt) |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
            foreach (var c in options.Concurrency)
            {
                var (bot, before, jwt) = (medians[(c, "bot")], medians[(c, "baseline")], medians[(c, "floor+jwt")]);
                Console.WriteLine($"| {c} | {bot.CpuMsPerTurn / before.CpuMsPerTurn:F2}× | {bot.RequestsPerSecond / before.RequestsPerSecond:F2}× | {before.CpuMsPerTurn / jwt.CpuMsPerTurn:F2}× | {bot.CpuMsPerTurn / jwt.CpuMsPerTurn:F2}× |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Host peak working set (VmHWM) {host.PeakWorkingSetMiB:F0} MiB, now {host.WorkingSetMiB:F0} MiB (target < 200 MB: {(host.PeakWorkingSetMiB * 1.048576 < 200 ? "met" : "MISSED")}); floor VmHWM {floor.PeakWorkingSetMiB:F0} MiB; outbound tokens fetched by the host: {outboundTokens}");
        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Reproduce: {Machine.Command(args)}");
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
