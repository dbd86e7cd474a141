using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Documents;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The acta of a session as a card: its header (date, times, modality), who came, how many acuerdos, tareas
/// and compromisos were logged and what became of the items carried forward; "Descargar acta (Word)" opens the
/// delivered file. A draft offers "Aprobar" (the handler lets only coordinators) and "Actualizar borrador";
/// an approved acta names who approved it and when, and shows the file's SHA-256, which the audit log keeps.
/// </summary>
public static class ActaCard
{
    /// <param name="content">What the acta says now; null for an approved acta, whose card must not be redrawn from records that may have changed since.</param>
    public static AdaptiveCard Build(Mesa mesa, Session session, ActaContent? content, Uri? link, DateOnly today)
    {
        var approval = session.CurrentApproval;
        var state = approval is not null ? CardTexts.Acta_StateApproved : session.IsOpen ? CardTexts.Acta_StateOpen : CardTexts.Acta_StateDraft;
        var started = TimeZoneInfo.ConvertTime(session.StartedAt, mesa.TimeZone);
        var times = session.EndedAt is { } end ? $"{started:HH:mm}–{TimeZoneInfo.ConvertTime(end, mesa.TimeZone):HH:mm}" : $"{started:HH:mm}";
        var when = $"{DateText.Long(DateOnly.FromDateTime(started.DateTime), today)} · {times}";
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Acta_Title, session.Number, CardText.OfMesa(mesa))) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardText.Format(CardTexts.Acta_State, state, session.ActaVersion)) { Weight = TextWeight.Bolder, Spacing = Spacing.None });
        if (session.Title is { } title)
        {
            card.Add(new TextBlock(title) { Spacing = Spacing.None });
        }

        if (content is null)
        {
            card.Add(new FactSet([new(CardTexts.Acta_Fact_Date, when), new(CardTexts.Acta_Fact_Modality, SessionAgendaCard.Modality(session.Modality))]));
        }
        else
        {
            Summary(card, session, content, when, today);
        }

        if (approval is not null)
        {
            var at = TimeZoneInfo.ConvertTime(approval.At, mesa.TimeZone);
            card.Add(new TextBlock(CardText.Format(CardTexts.Acta_ApprovedBy, approval.By.Name, DateText.Short(DateOnly.FromDateTime(at.DateTime), today), at.ToString("HH:mm"))) { Separator = true })
                .Add(new TextBlock(CardText.Format(CardTexts.Acta_Hash, approval.Document.Sha256)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
        }

        if (link is not null)
        {
            card.Add(new OpenUrlAction(CardTexts.Acta_Download, link));
        }

        if (approval is null && !session.IsOpen)
        {
            card.Add(new ExecuteAction(CardTexts.Acta_Approve, CardVerbs.ApproveActa) { Data = SessionData.Of(mesa.Id, session.Number, session.ActaVersion), Style = ActionStyle.Positive });
        }

        if (approval is null)
        {
            card.Add(new ExecuteAction(CardTexts.Acta_Refresh, CardVerbs.RefreshActa) { Data = SessionData.Of(mesa.Id, session.Number) });
        }

        return card;
    }

    private static void Summary(AdaptiveCard card, Session session, ActaContent content, string when, DateOnly today)
    {
        var changed = content.CarriedForward.Count(c => c.Changes.Count > 0);
        var attendees = content.Attendees.Concat(content.PartnerRepresentatives.Select(r => $"{r.Name} ({r.Partner})")).ToList();
        card.Add(new FactSet(
        [
            new(CardTexts.Acta_Fact_Date, when),
            new(CardTexts.Acta_Fact_Modality, SessionAgendaCard.Modality(session.Modality)),
            new(CardTexts.Acta_Fact_Attendees, attendees.Count == 0 ? CardTexts.Acta_NoneRecorded : string.Join(", ", attendees)),
            new(CardTexts.Acta_Fact_Apologies, content.Apologies.Count == 0 ? CardTexts.Acta_NoneRecorded : string.Join(", ", content.Apologies)),
            new(CardTexts.Acta_Fact_Agreements, CardText.Format("{0}", content.Agreements.Count)),
            new(CardTexts.Acta_Fact_Tasks, CardText.Format("{0}", content.Tasks.Count)),
            new(CardTexts.Acta_Fact_Commitments, CardText.Format("{0}", content.Commitments.Count)),
            new(CardTexts.Acta_Fact_Carried, CardText.Format(CardTexts.Acta_CarriedCount, content.CarriedForward.Count, changed)),
        ]));
        if (content.NextSession is { } next)
        {
            card.Add(new TextBlock(CardText.Format(CardTexts.Acta_Next, DateText.Long(next.Date, today) + (next.Time is { } at ? $" {at:HH\\:mm}" : string.Empty))));
        }
    }
}
