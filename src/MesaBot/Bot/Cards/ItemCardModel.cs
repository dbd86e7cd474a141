using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>What the item card needs from a tarea or a compromiso, already worded.</summary>
internal sealed record ItemCardModel(
    RecordKind Kind,
    string DisplayId,
    string? MesaName,
    string MesaId,
    string Ref,
    string Version,
    string Text,
    DateOnly Due,
    ItemStatus Status,
    IReadOnlyList<Fact> Facts,
    string CurrentPersonId)
{
    /// <summary>Values every button carries on (the list the card was opened from), so the card after a change keeps them.</summary>
    public IReadOnlyList<(string Key, string Value)> Carried { get; init; } = [];

    public Dictionary<string, string> Data(params (string Key, string Value)[] extra) => ItemData.Of(MesaId, Ref, Version, [.. Carried, .. extra]);
}
