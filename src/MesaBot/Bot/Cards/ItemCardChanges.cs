using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The top of an item card after a change: a warning line (the card was out of date, someone could not
/// be told), then who changed what, before → after, with "Deshacer" beside it while undo is offered.
/// </summary>
internal static class ItemCardChanges
{
    public static void AddTo(AdaptiveCard card, ItemCardModel item, ItemCardExtras extras)
    {
        if (extras.Warning is { } warning)
        {
            card.Add(new TextBlock(warning) { Weight = TextWeight.Bolder }); // Teams' red text is 3.2:1 on dark: bold words instead
        }

        if (extras.Changes.Count == 0)
        {
            return;
        }

        List<CardElement> lines = [.. extras.Changes.Select(change => new TextBlock(change) { Spacing = Spacing.Small })];
        if (extras.Undo is { } undo)
        {
            lines.Add(new ActionSet([new ExecuteAction(CardTexts.Action_Undo, CardVerbs.Undo) { Data = item.Data([.. undo]), SendsInputs = false }]));
        }

        card.Add(new Container(lines) { Style = "emphasis" });
    }
}
