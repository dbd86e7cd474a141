namespace MesaBot.LoadTest;

/// <summary>Command-line knobs; the defaults are the figures published in docs/benchmarks.md.</summary>
/// <param name="HostEnvironment">`--host-env NAME=VALUE`, repeatable: extra environment for the bot host only (runtime knobs to compare).</param>
/// <param name="BaselineEnvironment">`--baseline-env NAME=VALUE`: the same for the baseline host (MESABOT_BASELINE_DLL), so one run compares two values of a knob.</param>
/// <param name="FloorEnvironment">`--floor-env NAME=VALUE`: the same for the floor, to measure it with the runtime settings the bot ships.</param>
/// <param name="Targets">`--targets baseline`: measure the bot and only these (an A/B of two host builds or knobs in less time); null: all.</param>
/// <param name="ParsingConnector">`--connector parsing`: the fake Connector parses every posted activity, as the tests' does; by
/// default it only keeps the bytes, so its own work (on the cores the measured processes share) does not grow with the card.</param>
public sealed record BenchOptions(
    int Seconds,
    int Runs,
    int[] Concurrency,
    int Closed,
    IReadOnlyDictionary<string, string> HostEnvironment,
    IReadOnlyDictionary<string, string> BaselineEnvironment,
    IReadOnlyDictionary<string, string> FloorEnvironment,
    IReadOnlySet<string>? Targets,
    bool ParsingConnector)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        IReadOnlyDictionary<string, string> Environment(string name) =>
            args.Zip(args.Skip(1)).Where(p => p.First == name).Select(p => p.Second.Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");
        return new BenchOptions(
            int.Parse(Value("--seconds") ?? "5"),
            int.Parse(Value("--runs") ?? "3"),
            [.. (Value("--concurrency") ?? "1,10,50").Split(',').Select(int.Parse)],
            int.Parse(Value("--closed") ?? "1000"),
            Environment("--host-env"),
            Environment("--baseline-env"),
            Environment("--floor-env"),
            Value("--targets") is { } targets ? targets.Split(',').ToHashSet() : null,
            Value("--connector") == "parsing");
    }

    /// <summary>Whether a run measures <paramref name="target"/>: the bot always, the others unless --targets leaves them out.</summary>
    public bool Measures(string target) => target == "bot" || Targets is null || Targets.Contains(target);

    /// <summary>"NAME=VALUE NAME=VALUE", or "none": for the report.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> environment) =>
        environment.Count == 0 ? "none" : string.Join(' ', environment.Select(kv => $"{kv.Key}={kv.Value}"));
}
