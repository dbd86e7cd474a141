using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The answer to "pendientes", "pendientes @persona", "pendientes &lt;socio&gt;", "vencidas" and "mis pendientes":
/// overdue first, ten rows a page, each row a tap away from its item card.
/// </summary>
public static class PendingListCard
{
    /// <param name="title">From <see cref="ListTitles"/>.</param>
    /// <param name="rows">Every row of the query, in any order: the card orders and pages them.</param>
    /// <param name="query">The "consulta" the "Ver más" button sends back ("pendientes", "vencidas", "persona:&lt;id&gt;", "socio:&lt;name&gt;", "mis").</param>
    /// <param name="page">1-based; past the end shows the last page.</param>
    /// <param name="mesaId">The mesa of a one-mesa list, sent back with "Ver más"; null across mesas.</param>
    public static AdaptiveCard Build(string title, IReadOnlyList<ItemRow> rows, DateOnly today, string query, int page = 1, string? mesaId = null)
    {
        var card = new AdaptiveCard().Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (rows.Count == 0)
        {
            return card.Add(new TextBlock(CardTexts.List_Empty));
        }

        var listPage = ListPage<ItemRow>.Of(ItemRow.Ordered(rows, today), page);
        if (listPage.RangeLine() is { } range)
        {
            card.Add(range with { Spacing = Spacing.None });
        }

        var origin = new ListOrigin(query, listPage.Page);
        for (var i = 0; i < listPage.Rows.Count; i++)
        {
            card.Add(ItemRowView.Render(listPage.Rows[i], today, separator: i > 0, origin));
        }

        card.Add(new TextBlock(CardTexts.List_TapHint) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        if (listPage.ShowMore(query, mesaId) is { } more)
        {
            card.Add(more);
        }

        return card;
    }
}
