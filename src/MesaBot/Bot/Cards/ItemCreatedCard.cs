using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to "tarea …" or "compromiso …": the new item's card under a green confirmation line.</summary>
public static class ItemCreatedCard
{
    public static AdaptiveCard Build(Mesa mesa, OpenItem item, IReadOnlyList<Person> members, DateOnly today, bool insideMesa)
    {
        var view = ItemFacts.For(mesa, item, today, insideMesa);
        var banner = item.IsCommitment
            ? CardText.Format(CardTexts.Created_Commitment, view.DisplayId, item.Partner!, item.Accountable.Name)
            : CardText.Format(CardTexts.Created_ActionItem, view.DisplayId, item.Accountable.Name);
        return ItemCard.Build(view, members, today, banner);
    }
}
