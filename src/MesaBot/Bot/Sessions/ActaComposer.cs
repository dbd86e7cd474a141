using System.Globalization;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Documents;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Sessions;

/// <summary>
/// A session's records as an <see cref="ActaContent"/>: the session row, its own records (three key-range
/// queries, <see cref="SessionStore.RecordsAsync"/>) and, for each item carried forward, its history lines
/// written while the session was open (one request per item), worded before → after in the mesa's language.
/// </summary>
public sealed class ActaComposer(SessionStore sessions, AuditLog audit, TimeProvider time)
{
    public async Task<ActaContent> ComposeAsync(Mesa mesa, Session session, Person? approvedBy, CancellationToken cancellationToken)
    {
        var records = sessions.RecordsAsync(mesa, session, cancellationToken);
        var carried = Task.WhenAll(session.Agenda.Select(item => CarriedAsync(mesa, session, item, cancellationToken)));
        await Task.WhenAll(new Task[] { records, carried });
        var local = (DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, mesa.TimeZone);
        var started = local(session.StartedAt);
        var (agreements, tasks, commitments) = (records.Result.Agreements, records.Result.ActionItems, records.Result.Commitments);
        return new ActaContent
        {
            MesaName = mesa.Name,
            MesaCode = mesa.Code,
            SessionNumber = session.Number,
            Title = session.Title,
            Language = mesa.Language == "en" ? "en" : "es",
            Date = DateOnly.FromDateTime(started.DateTime),
            StartedAt = TimeOnly.FromDateTime(started.DateTime),
            EndedAt = session.EndedAt is { } ended ? TimeOnly.FromDateTime(local(ended).DateTime) : null,
            Modality = session.Modality switch
            {
                SessionModality.Online => ActaModality.Online,
                SessionModality.Hybrid => ActaModality.Hybrid,
                _ => ActaModality.InPerson,
            },
            Attendees = [.. session.Attendees.Select(a => a.Name)],
            Apologies = [.. session.Apologies.Select(a => a.Name)],
            PartnerRepresentatives = [.. session.Representatives.Select(r => new ActaPartnerRepresentative(r.Partner, r.Name))],
            Agenda = [.. session.Agenda.Select(i => $"{i.Ref} {i.Text}"), .. session.FollowUps.Select(a => CardText(Strings.Acta_FollowUpAgendaLine, a.Ref, a.Text))],
            Agreements = [.. agreements.Select(a => new ActaAgreement(a.Ref.ToString(), a.Text, a.Annulment?.Reason))],
            Tasks = [.. tasks.Select(t => new ActaTask(t.Ref.ToString(), t.Text, t.Accountable.Name, t.DueDate))],
            Commitments = [.. commitments.Select(c => new ActaCommitment(c.Ref.ToString(), c.Partner ?? string.Empty, c.ContactName ?? c.ContactEmail, c.Text, c.DueDate, c.Accountable.Name))],
            CarriedForward = carried.Result,
            NextSession = session.Next is { } next ? new ActaNextSession(next.Date, next.Time) : null,
            Version = session.ActaVersion,
            ReplacesVersion = session.ActaVersion > 1 ? session.ActaVersion - 1 : null,
            Approval = approvedBy is null ? null : new ActaApproval(approvedBy.Name, local(time.GetUtcNow()).DateTime),
        };
    }

    private async Task<ActaCarriedItem> CarriedAsync(Mesa mesa, Session session, CarriedItem item, CancellationToken cancellationToken)
    {
        var end = session.EndedAt ?? time.GetUtcNow();
        var lines = (await audit.HistoryAsync(mesa, item.Ref, cancellationToken)).Where(l => l.At >= session.StartedAt && l.At <= end).ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.StartedAt, mesa.TimeZone).DateTime);
        var (responsible, due, status) = (item.Responsible, item.DueDate, item.Status);
        var (postponed, reassigned) = (false, false);
        var changes = new List<string>();
        foreach (var line in lines)
        {
            switch (line.Action)
            {
                case AuditAction.StatusChanged when StatusOf(line.NewValue) is { } after:
                    changes.Add(CardText(Strings.Acta_Change_Status, StatusText(StatusOf(line.OldValue) ?? status), StatusText(after), line.By.Name));
                    status = after;
                    break;
                case AuditAction.DueDateChanged when DateOf(line.NewValue) is { } after:
                    changes.Add(CardText(Strings.Acta_Change_Due, DateText.Short(DateOf(line.OldValue) ?? due, today), DateText.Short(after, today), line.By.Name));
                    (due, postponed) = (after, true);
                    break;
                case AuditAction.OwnerChanged when line.NewValue is { } after:
                    changes.Add(CardText(Strings.Acta_Change_Owner, line.OldValue ?? responsible, after, line.By.Name));
                    (responsible, reassigned) = (after, true);
                    break;
                case AuditAction.TextChanged:
                    changes.Add(CardText(Strings.Acta_Change_Text, line.By.Name));
                    break;
            }
        }

        var outcome = status switch
        {
            ItemStatus.Cumplida => ActaOutcome.Completed,
            ItemStatus.Cancelada => ActaOutcome.Cancelled,
            _ when postponed => ActaOutcome.Postponed,
            _ when reassigned => ActaOutcome.Reassigned,
            ItemStatus.EnCurso => ActaOutcome.InProgress,
            _ => ActaOutcome.StillOpen,
        };
        return new ActaCarriedItem(item.Ref.ToString(), item.Text, responsible, due, outcome, changes);
    }

    private static string CardText(string format, params object[] args) => string.Format(CultureInfo.CurrentUICulture, format, args);

    // History lines keep the store's own spelling: "cumplida", "15/12/2025" (RecordDates).
    private static ItemStatus? StatusOf(string? label) =>
        Enum.GetValues<ItemStatus>().Cast<ItemStatus?>().FirstOrDefault(s => s!.Value.Label() == label);

    private static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string StatusText(ItemStatus status) => status switch
    {
        ItemStatus.Pendiente => CardTexts.Status_Pendiente,
        ItemStatus.EnCurso => CardTexts.Status_EnCurso,
        ItemStatus.Cumplida => CardTexts.Status_Cumplida,
        _ => CardTexts.Status_Cancelada,
    };
}
