namespace MesaBot.Tests.Architecture;

/// <summary>
/// Each layer knows only the ones below it (docs/architecture.md, "The layers"). A failure names every
/// offending type reference, so the fix is to move that type, not to silence the rule.
/// </summary>
public sealed class LayerReferenceTests
{
    /// <summary>
    /// Forbidden references being removed, as the failure prints them: empty since issue 12. Each goes
    /// when its reference does (<see cref="AllowedReferences_EachStillExists"/>).
    /// </summary>
    public static readonly string[] AllowedReferences = [];

    // The protocol could serve any bot: it knows HTTP retries and nothing of mesas.
    [Fact]
    public void Protocol_KnowsNoMesa() =>
        AssertNoReferences(["MesaBot.Protocol"],
            ["MesaBot.Records", "MesaBot.Bot", "MesaBot.Reminders", "MesaBot.Graph", "MesaBot.Dates", "MesaBot.Conversations", "MesaBot.Storage", "MesaBot.Cards"]);

    [Fact]
    public void RecordsDatesAndStorage_KnowNoTeamsHttpOrCards() =>
        AssertNoReferences(["MesaBot.Records", "MesaBot.Dates", "MesaBot.Storage"],
            ["MesaBot.Protocol", "MesaBot.Cards", "MesaBot.Bot", "MesaBot.Reminders", "MesaBot.Graph", "Microsoft.AspNetCore", "System.Net.Http"]);

    // The extractor is pure: prose in, proposals out; what it proposes is created by the bot, never by it.
    [Fact]
    public void Extraction_KnowsNoStoresCardsOrTeams() =>
        AssertNoReferences(["MesaBot.Extraction"],
            ["MesaBot.Records.Stores", "MesaBot.Storage", "MesaBot.Protocol", "MesaBot.Cards", "MesaBot.Bot", "MesaBot.Reminders", "MesaBot.Graph", "Microsoft.AspNetCore", "System.Net.Http", "Azure"]);

    // Every card namespace: the shared Adaptive Card model and the chat's and the reminders' cards.
    [Fact]
    public void Cards_KnowNoStorage() =>
        AssertNoReferences(["MesaBot.Cards", "MesaBot.Bot.Cards", "MesaBot.Reminders.Cards"],
            ["MesaBot.Storage", "MesaBot.Records.Stores", "Azure"]);

    // Documents lay records out and keep the files; the sessions and the export handler hand them plain content.
    [Fact]
    public void Documents_KnowNoChatStoresOrCards() =>
        AssertNoReferences(["MesaBot.Documents"],
            ["MesaBot.Bot", "MesaBot.Records", "MesaBot.Cards", "MesaBot.Reminders", "MesaBot.Protocol"]);

    [Fact]
    public void AllowedReferences_EachStillExists()
    {
        var existing = TypeDependencies.All.Select(Describe).ToHashSet();

        var stale = AllowedReferences.Where(r => !existing.Contains(r)).ToList();

        Assert.True(stale.Count == 0, "These references are gone: remove them from AllowedReferences:\n" + string.Join("\n", stale));
    }

    private static string Describe(TypeDependency d) => $"{d.Origin} → {d.Target}";

    private static void AssertNoReferences(string[] from, string[] forbidden)
    {
        var offending = TypeDependencies.All
            .Where(d => from.Any(f => TypeDependencies.IsWithin(d.OriginNamespace, f))
                && forbidden.Any(f => TypeDependencies.IsWithin(d.TargetNamespace, f)))
            .Select(Describe)
            .Except(AllowedReferences)
            .Order(StringComparer.Ordinal)
            .Select(r => "  " + r)
            .ToList();

        Assert.True(offending.Count == 0, $"{offending.Count} forbidden reference(s):\n" + string.Join("\n", offending));
    }
}
