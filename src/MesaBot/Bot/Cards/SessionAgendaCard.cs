using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The one card a session opens with: the actas still awaiting approval (each with Aprobar), every item
/// still open from earlier sessions (overdue first), and the partners' compromisos due before the next
/// session, and the acuerdos marked for follow-up (`seguimiento A-3`, a section only when there are some); then the attendance: the roster as checkboxes and the partners' representatives as lines
/// (<see cref="SessionAttendanceCard.AddInputs"/>), saved by "Guardar asistencia" as from the attendance card.
/// Rows are the lists' rows: tapping one opens the item card with its usual buttons.
/// </summary>
public static class SessionAgendaCard
{
    public const int MaxRows = 10;

    public static AdaptiveCard Build(
        Mesa mesa, Session session, IReadOnlyList<OpenItem> open, IReadOnlyList<int> awaitingApproval, DateOnly horizon, DateOnly today,
        IReadOnlyList<Person>? roster = null, IReadOnlyList<FollowedAgreement>? followUps = null)
    {
        var started = TimeZoneInfo.ConvertTime(session.StartedAt, mesa.TimeZone);
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Session_Opened, session.Number, CardText.OfMesa(mesa))) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardText.Format(CardTexts.Session_OpenedAt, started.ToString("HH:mm"), Modality(session.Modality))) { IsSubtle = true, Spacing = Spacing.None });
        if (session.Title is { } title)
        {
            card.Add(new TextBlock(title) { Spacing = Spacing.None });
        }

        foreach (var number in awaitingApproval.Where(n => n != session.Number))
        {
            card.Add(new TextBlock(CardText.Format(CardTexts.Session_ActaAwaiting, number)) { Weight = TextWeight.Bolder, Separator = true })
                .Add(new ActionSet(
                [
                    new ExecuteAction(CardTexts.Acta_Approve, CardVerbs.ApproveActa) { Data = SessionData.Of(mesa.Id, number), Style = ActionStyle.Positive },
                    new ExecuteAction(CardTexts.Acta_Show, CardVerbs.ShowActa) { Data = SessionData.Of(mesa.Id, number) },
                ]));
        }

        // Compromisos due from today up to the next session are the partners' part; everything else open is carried forward.
        bool Upcoming(OpenItem item) => item.IsCommitment && item.DueDate >= today && item.DueDate <= horizon;
        var carried = ItemRow.Ordered(open.Where(i => !Upcoming(i)).Select(i => ItemRow.From(mesa, i, insideMesa: true)), today);
        var partners = ItemRow.Ordered(open.Where(Upcoming).Select(i => ItemRow.From(mesa, i, insideMesa: true)), today);
        Section(card, CardText.Format(CardTexts.Session_Carried, carried.Count), carried, CardTexts.Session_NothingCarried, today);
        Section(card, CardText.Format(CardTexts.Session_PartnersDue, DateText.Short(horizon, today)), partners, CardTexts.Session_NoPartnersDue, today);
        if (carried.Count + partners.Count > MaxRows * 2)
        {
            card.Add(new ExecuteAction(CardTexts.Action_ViewPending, CardVerbs.ShowMore) { Data = ItemData.NextPage("pendientes", 1, mesa.Id) });
        }

        FollowUpSection(card, mesa, followUps ?? [], today);
        AddAttendance(card, mesa, session, roster ?? []);
        return card.Add(new ExecuteAction(CardTexts.Session_Close, CardVerbs.CloseSession) { Data = SessionData.Of(mesa.Id, session.Number) });
    }

    private static void AddAttendance(AdaptiveCard card, Mesa mesa, Session session, IReadOnlyList<Person> roster)
    {
        card.Add(new TextBlock(CardText.Format(CardTexts.Attendance_Title, session.Number)) { Weight = TextWeight.Bolder, Separator = true });
        if (roster.Count > SessionAttendanceCard.MaxInlineRoster)
        {
            // A whole team as checkboxes would swamp the card (and Teams' size limit): the typed command does it.
            card.Add(new TextBlock(CardText.Format(CardTexts.Session_AttendanceByCommand, roster.Count)) { IsSubtle = true, Spacing = Spacing.None });
            roster = [];
        }

        SessionAttendanceCard.AddInputs(card, session, roster, withApologies: false)
            .Add(new ActionSet([SessionAttendanceCard.Save(mesa, session)]));
    }

    // Acuerdos have no owner or due date: each row is its id, its text and when it was agreed.
    private static void FollowUpSection(AdaptiveCard card, Mesa mesa, IReadOnlyList<FollowedAgreement> followUps, DateOnly today)
    {
        if (followUps.Count == 0)
        {
            return;
        }

        card.Add(new TextBlock(CardText.Format(CardTexts.Session_FollowUps, followUps.Count)) { Weight = TextWeight.Bolder, Separator = true });
        foreach (var (agreement, i) in followUps.Take(MaxRows).Select((a, i) => (a, i)))
        {
            var when = DateText.Short(agreement.AgreedOn, today)
                + (agreement.SessionNumber is { } number ? " · " + CardText.Format(CardTexts.Sessions_Row, number) : string.Empty);
            card.Add(new Container(
            [
                new RichTextBlock([new TextRun(agreement.Ref.ToString()) { Weight = TextWeight.Bolder }, new TextRun(" " + CardText.Truncate(agreement.Text, CardText.RowTextLength))]),
                new TextBlock(when) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ]) { Separator = i > 0, Spacing = Spacing.Small });
        }

        if (followUps.Count > MaxRows)
        {
            card.Add(new ExecuteAction(CardTexts.Action_ViewAgreements, CardVerbs.ShowMore) { Data = ItemData.NextPage(AgreementListCard.Query, 1, mesa.Id) });
        }
    }

    internal static string Modality(SessionModality modality) => modality switch
    {
        SessionModality.Online => CardTexts.Session_Modality_Online,
        SessionModality.Hybrid => CardTexts.Session_Modality_Hybrid,
        _ => CardTexts.Session_Modality_InPerson,
    };

    private static void Section(AdaptiveCard card, string title, IReadOnlyList<ItemRow> rows, string empty, DateOnly today)
    {
        card.Add(new TextBlock(title) { Weight = TextWeight.Bolder, Separator = true });
        if (rows.Count == 0)
        {
            card.Add(new TextBlock(empty) { IsSubtle = true, Spacing = Spacing.None });
        }

        foreach (var (row, i) in rows.Take(MaxRows).Select((r, i) => (r, i)))
        {
            card.Add(ItemRowView.Render(row, today, separator: i > 0));
        }
    }
}
