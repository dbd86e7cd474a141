namespace MesaBot.LoadTest;

/// <summary>Command-line knobs; the defaults are the figures published in docs/benchmarks.md.</summary>
/// <param name="HostEnvironment">`--host-env NAME=VALUE`, repeatable: extra environment for the bot host only (GC knobs to compare).</param>
public sealed record BenchOptions(int Seconds, int Runs, int[] Concurrency, int Closed, IReadOnlyDictionary<string, string> HostEnvironment)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            int.Parse(Value("--seconds") ?? "5"),
            int.Parse(Value("--runs") ?? "3"),
            [.. (Value("--concurrency") ?? "1,10,50").Split(',').Select(int.Parse)],
            int.Parse(Value("--closed") ?? "1000"),
            args.Zip(args.Skip(1)).Where(p => p.First == "--host-env").Select(p => p.Second.Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : ""));
    }
}
