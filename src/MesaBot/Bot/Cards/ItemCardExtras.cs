using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// What an item card shows besides the item itself: the change just made or missed (already worded),
/// a warning (a card that was out of date, someone who could not be told), the undo button, the list
/// it was opened from, and who Teams should refresh it for.
/// </summary>
public sealed record ItemCardExtras
{
    public static readonly ItemCardExtras None = new();

    /// <summary>"Carolina cambió el plazo: 12/12 → 19/12", newest last.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    public string? Warning { get; init; }

    /// <summary>The inverse change's data ("deshacer", "antes", …) for the "Deshacer" button; null shows none.</summary>
    public IReadOnlyList<(string Key, string Value)>? Undo { get; init; }

    /// <summary>The list the card was opened from, for "Volver a la lista".</summary>
    public ListOrigin? List { get; init; }

    /// <summary>Teams ids ("29:…") of the people who can act on the item; empty leaves the card without refresh.</summary>
    public IReadOnlyList<string> RefreshFor { get; init; } = [];
}

/// <summary>
/// A list card's query and page ("consulta", "pagina"). The item's mesa is the list's whenever the list is
/// one mesa's, so the back button sends the card's own mesa.
/// </summary>
public sealed record ListOrigin(string Query, int Page)
{
    public static ListOrigin? From(string? query, string? page) =>
        query is { Length: > 0 } ? new ListOrigin(query, int.TryParse(page, out var p) && p > 0 ? p : 1) : null;

    /// <summary>
    /// What every row and item button carries back. Page 1 goes without "pagina" (<see cref="From"/> reads a
    /// missing page as 1): most lists are one page, and each row sends this twice (its Action.Submit fallback).
    /// </summary>
    public IReadOnlyList<(string Key, string Value)> Data => Page == 1
        ? [(ItemData.Query, Query)]
        : [(ItemData.Query, Query), (ItemData.Page, Page.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public ExecuteAction BackAction(string title, string mesaId) =>
        new(title, CardVerbs.ShowMore) { Data = ItemData.NextPage(Query, Page, mesaId), SendsInputs = false };
}
