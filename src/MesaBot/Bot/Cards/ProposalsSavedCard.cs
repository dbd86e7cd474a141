using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// "Registré 3: A-4, T-7 y C-2", each id beside its text; what the proposals card turns into once saved. From
/// a session's card it also says how to see them in that session's acta, whose draft is rebuilt only on request.
/// </summary>
public static class ProposalsSavedCard
{
    public static AdaptiveCard Build(IReadOnlyList<(string Id, string Text)> created, int? session = null)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Proposals_Saved, created.Count, string.Join(", ", created.Select(c => c.Id)))) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new FactSet([.. created.Select(c => new Fact(c.Id, CardText.Truncate(c.Text, CardText.RowTextLength)))]));
        if (session is { } number)
        {
            card.Add(new TextBlock(CardText.Format(CardTexts.Proposals_SavedInActa, number)));
        }

        return card.Add(new TextBlock(CardTexts.Proposals_SavedHint) { IsSubtle = true });
    }
}
