using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to "acuerdo …": what was agreed, who recorded it, on which date and session.</summary>
public static class AgreementCreatedCard
{
    public static AdaptiveCard Build(Mesa mesa, Agreement agreement, DateOnly today, bool insideMesa)
    {
        var id = agreement.Ref.Format(mesa.Code, insideMesa);
        List<Fact> facts = [new(CardTexts.Fact_Author, agreement.Author.Name), new(CardTexts.Fact_AgreedOn, SpanishDateFormatter.Long(agreement.AgreedOn, today))];
        if (!string.IsNullOrWhiteSpace(agreement.Session))
        {
            facts.Add(new(CardTexts.Fact_Session, agreement.Session));
        }

        if (!insideMesa)
        {
            facts.Add(new(CardTexts.Fact_Mesa, mesa.Name));
        }

        return new AdaptiveCard()
            .Add(new Container([new TextBlock(CardText.Format(CardTexts.Created_Agreement, id)) { Weight = TextWeight.Bolder }]) { Style = "good" })
            .Add(new TextBlock(agreement.Text))
            .Add(new FactSet(facts));
    }
}
