using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to "compromiso …": the new compromiso's item card under a green confirmation line.</summary>
public static class CommitmentCreatedCard
{
    public static AdaptiveCard Build(Mesa mesa, Commitment commitment, IReadOnlyList<Person> members, DateOnly today, bool insideMesa)
    {
        var view = ItemFacts.Commitment(mesa, commitment, today, insideMesa);
        return ItemCard.Build(view, members, today, CardText.Format(CardTexts.Created_Commitment, view.DisplayId, commitment.Partner, commitment.FollowedBy.Name));
    }
}
