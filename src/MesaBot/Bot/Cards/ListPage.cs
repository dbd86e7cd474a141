using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// One page of a list card. Ten rows keep a card readable on a phone and far below Teams' size limit;
/// the rest is one "Ver más" away, which runs the query again for the next page.
/// </summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Rows, int Page, int First, int Total)
{
    public const int Size = 10;

    public bool HasMore => First - 1 + Rows.Count < Total;

    public static ListPage<T> Of(IReadOnlyList<T> ordered, int page)
    {
        var lastPage = Math.Max(1, (ordered.Count + Size - 1) / Size);
        var current = Math.Clamp(page, 1, lastPage);
        var rows = ordered.Skip((current - 1) * Size).Take(Size).ToList();
        return new ListPage<T>(rows, current, (current - 1) * Size + 1, ordered.Count);
    }

    /// <summary>"Mostrando 11–20 de 23", only when there is more than one page.</summary>
    public TextBlock? RangeLine() => Total <= Size
        ? null
        : new TextBlock(CardText.Format(CardTexts.List_Range, First, First - 1 + Rows.Count, Total)) { IsSubtle = true, Size = TextSize.Small };

    public ExecuteAction? ShowMore(string query, string? mesaId) => HasMore
        ? new ExecuteAction(CardTexts.Action_ShowMore, CardVerbs.ShowMore) { Data = ItemData.NextPage(query, Page + 1, mesaId) }
        : null;
}
