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
        // The card answers whoever created the item: when that is the accountable person, speak to them ("Te avisaré").
        var self = item.Accountable.IsSamePerson(item.CreatedBy);
        var banner = item.IsCommitment
            ? CardText.Format(self ? CardTexts.Created_CommitmentSelf : CardTexts.Created_Commitment, view.DisplayId, item.Partner!, item.Accountable.Name)
            : CardText.Format(self ? CardTexts.Created_ActionItemSelf : CardTexts.Created_ActionItem, view.DisplayId, item.Accountable.Name);
        return ItemCard.Build(view, members, today, banner);
    }
}
