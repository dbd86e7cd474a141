using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to "tarea …": the new tarea's item card under a green "Tarea T-3 registrada" line.</summary>
public static class ActionItemCreatedCard
{
    public static AdaptiveCard Build(Mesa mesa, ActionItem item, IReadOnlyList<Person> members, DateOnly today, bool insideMesa)
    {
        var view = ItemFacts.ActionItem(mesa, item, today, insideMesa);
        return ItemCard.Build(view, members, today, CardText.Format(CardTexts.Created_ActionItem, view.DisplayId, item.Owner.Name));
    }
}
