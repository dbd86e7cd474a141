using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The answer to "acuerdo …": what was agreed, who recorded it, on which date and session; and the same
/// card after "anular A-2 …", where the text stays (struck through) beside who annulled it and why; and after
/// "seguimiento A-2", with its own <c>headline</c>. A followed acuerdo says so ("En seguimiento") in its facts.
/// </summary>
public static class AgreementCreatedCard
{
    public static AdaptiveCard Build(Mesa mesa, Agreement agreement, DateOnly today, bool insideMesa, string? headline = null)
    {
        var id = agreement.Ref.Format(mesa.Code, insideMesa);
        if (agreement.Annulment is { } annulment)
        {
            return Annulled(mesa, agreement, annulment, id, today, insideMesa);
        }

        return new AdaptiveCard()
            .Add(new Container([new TextBlock(headline ?? CardText.Format(CardTexts.Created_Agreement, id)) { Weight = TextWeight.Bolder }]) { Style = "good" })
            .Add(new TextBlock(agreement.Text))
            .Add(new FactSet(Facts(mesa, agreement, today, insideMesa)));
    }

    private static AdaptiveCard Annulled(Mesa mesa, Agreement agreement, AgreementAnnulment annulment, string id, DateOnly today, bool insideMesa)
    {
        var facts = Facts(mesa, agreement, today, insideMesa);
        var annulledOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(annulment.At, mesa.TimeZone).DateTime);
        facts.Add(new(CardTexts.Fact_AnnulledBy, CardText.Format(CardTexts.ClosedBy_Value, annulment.By.Name, DateText.Short(annulledOn, today))));
        facts.Add(new(CardTexts.Fact_AnnulReason, annulment.Reason));
        // Struck through and named: the strike alone says nothing to a screen reader.
        return new AdaptiveCard()
            .Add(new Container([new TextBlock(CardText.Format(CardTexts.Annulled_Agreement, id)) { Weight = TextWeight.Bolder }]) { Style = "attention" })
            .Add(new RichTextBlock([new TextRun(agreement.Text) { Strikethrough = true, IsSubtle = true }]))
            .Add(new FactSet(facts));
    }

    private static List<Fact> Facts(Mesa mesa, Agreement agreement, DateOnly today, bool insideMesa)
    {
        List<Fact> facts = [new(CardTexts.Fact_Author, agreement.Author.Name), new(CardTexts.Fact_AgreedOn, DateText.Long(agreement.AgreedOn, today))];
        if (!string.IsNullOrWhiteSpace(agreement.Session))
        {
            facts.Add(new(CardTexts.Fact_Session, agreement.Session));
        }

        if (agreement.FollowUp is { } followUp)
        {
            var markedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(followUp.At, mesa.TimeZone).DateTime);
            facts.Add(new(CardTexts.Fact_FollowUp, CardText.Format(CardTexts.FollowUp_Value, followUp.By.Name, DateText.Short(markedOn, today))));
        }

        if (!insideMesa)
        {
            facts.Add(new(CardTexts.Fact_Mesa, mesa.Name));
        }

        return facts;
    }
}
