namespace MesaBot.LoadTest;

/// <summary>Command-line knobs; the defaults are the figures published in docs/benchmarks.md.</summary>
public sealed record BenchOptions(int Seconds, int Runs, int[] Concurrency, int Closed)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            int.Parse(Value("--seconds") ?? "5"),
            int.Parse(Value("--runs") ?? "3"),
            [.. (Value("--concurrency") ?? "1,10,50").Split(',').Select(int.Parse)],
            int.Parse(Value("--closed") ?? "1000"));
    }
}
