namespace MesaBot.Tests.Architecture;

/// <summary>Data travels one way (docs/architecture.md): no two namespaces may need each other.</summary>
public sealed class NamespaceCycleTests
{
    /// <summary>
    /// Cycles being removed, one line each: empty since issue 12. A line goes when its cycle does
    /// (<see cref="AllowedCycles_EachStillExists"/> fails on a line left behind); a new cycle is fixed,
    /// not added here.
    /// The chat's own cycles (Bot ↔ Bot.Cards, Bot ↔ Bot.Handlers, Bot → Bot.Chat → Bot.Cards → Bot… five,
    /// and Bot ↔ Reminders) all ran through the consts of Bot.CardVerbs and ended when the verbs moved to
    /// MesaBot.Cards; nothing else makes a cycle inside MesaBot.Bot, so none is listed.
    /// </summary>
    public static readonly string[] AllowedCycles = [];

    [Fact]
    public void MesaBot_Namespaces_HaveNoCyclesBeyondTheAllowList()
    {
        var dependencies = TypeDependencies.All;

        var unexpected = NamespaceCycles.Find(dependencies).Except(AllowedCycles).ToList();

        Assert.True(unexpected.Count == 0, $"{unexpected.Count} namespace cycle(s):\n" + string.Join("\n", unexpected.Select(c => Explain(dependencies, c))));
    }

    [Fact]
    public void AllowedCycles_EachStillExists()
    {
        var cycles = NamespaceCycles.Find(TypeDependencies.All);

        var stale = AllowedCycles.Except(cycles).ToList();

        Assert.True(stale.Count == 0, "These cycles are gone: remove them from AllowedCycles:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void NamespaceCycles_TwoNamespacesNeedingEachOther_AreOneCycle()
    {
        TypeDependency[] dependencies =
        [
            new("MesaBot.A.X.T1", "MesaBot.A.X", "MesaBot.A.Y.T2", "MesaBot.A.Y"),
            new("MesaBot.A.Y.Deep.T3", "MesaBot.A.Y.Deep", "MesaBot.A.X.T1", "MesaBot.A.X"),
            new("MesaBot.A.X.T1", "MesaBot.A.X", "MesaBot.B.T4", "MesaBot.B"),
        ];

        var cycles = NamespaceCycles.Find(dependencies);

        Assert.Equal(["MesaBot.A.X → MesaBot.A.Y → MesaBot.A.X"], cycles);
    }

    [Fact]
    public void NamespaceCycles_RootAndItsPartNeedingEachOther_IsACycle()
    {
        // The registration in the root uses a part, and the part uses the root's options.
        TypeDependency[] dependencies =
        [
            new("MesaBot.R.Extensions", "MesaBot.R", "MesaBot.R.Part.Worker", "MesaBot.R.Part"),
            new("MesaBot.R.Part.Worker", "MesaBot.R.Part", "MesaBot.R.Options", "MesaBot.R"),
        ];

        var cycles = NamespaceCycles.Find(dependencies);

        Assert.Equal(["MesaBot.R → MesaBot.R.Part → MesaBot.R"], cycles);
    }

    private static string Explain(IReadOnlyList<TypeDependency> dependencies, string cycle)
    {
        var nodes = cycle.Split(" → ");
        var arrows = nodes.Zip(nodes.Skip(1), (from, to) =>
            $"    {from} → {to}: " + string.Join("; ", NamespaceCycles.Evidence(dependencies, from, to).Take(3)));
        return "  " + cycle + "\n" + string.Join("\n", arrows);
    }
}
