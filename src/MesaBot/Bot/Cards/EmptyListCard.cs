using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// A list with nothing in it, saying why in its own terms ("nada vencido; hay 4 pendientes") rather than
/// one sentence for every list, with a button to the list that does have rows when there is one.
/// </summary>
public static class EmptyListCard
{
    /// <param name="pendingQuery">A query to offer as "Ver pendientes" (see <see cref="CardVerbs.ShowMore"/>), or null.</param>
    public static AdaptiveCard Build(string title, string explanation, string? pendingQuery = null, string? mesaId = null)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new TextBlock(explanation));
        return pendingQuery is null
            ? card
            : card.Add(new ExecuteAction(CardTexts.Action_ViewPending, CardVerbs.ShowMore) { Data = ItemData.NextPage(pendingQuery, 1, mesaId) });
    }
}
