using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>When someone who is neither the owner nor a coordinator presses an item's button.</summary>
public static class RefusalCard
{
    /// <param name="displayedId">The id as the card showed it: "T-3" or "RES-T-3".</param>
    public static AdaptiveCard Build(string displayedId) => NoticeCard.Build(
        CardTexts.Refusal_Title, CardText.Format(CardTexts.Refusal_Text, displayedId), "warning");
}
