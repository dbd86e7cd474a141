using Azure.Data.Tables;
using MesaBot.Records.Stores;

namespace MesaBot.Records.Sessions;

/// <summary>
/// Changes to a session after it opened: attendance, the next session's date, the acta's drafts, its
/// approval and corrections. Each reads the row and rewrites it under its ETag with its history line in
/// one transaction (two requests; approval three, as it also takes the session off "count|S"'s list of
/// actas awaiting approval). An approved version never changes: a correction is the next version.
/// </summary>
public sealed partial class SessionStore
{
    public const int MaxPeople = 300;

    private const string SystemActor = "MesaBot";

    /// <summary>Adds people to the attendance, the apologies or the partners' representatives (each kept once; someone present is no longer excused).</summary>
    public Task<Session> AddAttendanceAsync(
        Mesa mesa, int number, IReadOnlyList<SessionPerson> present, IReadOnlyList<SessionPerson> excused, IReadOnlyList<PartnerRepresentative> representatives, Person by, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, session =>
        {
            var clean = (IReadOnlyList<SessionPerson> people) => people
                .Select(p => new SessionPerson(RecordText.Clean(p.Name, RecordFields.SessionPersonName), p.ObjectId)).ToList();
            var attendees = Merge(session.Attendees, clean(present));
            var apologies = Merge(session.Apologies.Where(a => !attendees.Any(a.IsSame)).ToList(), clean(excused).Where(e => !attendees.Any(e.IsSame)).ToList());
            var partners = session.Representatives
                .Concat(representatives.Select(r => new PartnerRepresentative(RecordText.Clean(r.Partner, RecordFields.PartnerName), RecordText.Clean(r.Name, RecordFields.SessionPersonName))))
                .DistinctBy(r => (r.Partner.ToUpperInvariant(), r.Name.ToUpperInvariant()))
                .ToList();
            if (attendees.Count + apologies.Count + partners.Count > MaxPeople)
            {
                throw RecordException.Invalid(RecordErrors.SessionTooManyPeople, MaxPeople);
            }

            var changed = attendees.Count != session.Attendees.Count || apologies.Count != session.Apologies.Count || partners.Count != session.Representatives.Count;
            var line = string.Join(", ", attendees.Select(a => a.Name));
            return changed
                ? (session with { Attendees = attendees, Apologies = apologies, Representatives = partners }, [new AuditChange(AuditAction.AttendanceChanged, null, line)])
                : (session, []);
        }, cancellationToken);

    /// <summary>Records when the next session is.</summary>
    public Task<Session> SetNextAsync(Mesa mesa, int number, NextSession next, Person by, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, session => session.Next == next
            ? (session, [])
            : (session with { Next = next }, [new AuditChange(AuditAction.NextSessionSet, session.Next?.Date.ToString("yyyy-MM-dd"), next.Date.ToString("yyyy-MM-dd"))]), cancellationToken);

    /// <summary>
    /// Notes that the idle sweep asked whether to close the open session (no history line: a question is
    /// not an act). False when it was asked already or is no longer open, so it is never asked twice; two
    /// sweeps racing meet on the row's ETag and one of them fails.
    /// </summary>
    public async Task<bool> MarkCloseAskedAsync(Mesa mesa, int number, CancellationToken cancellationToken)
    {
        var asked = false;
        await ChangeAsync(mesa, number, new Person(SystemActor, SystemActor), session =>
        {
            if (!session.IsOpen || session.CloseAskedAt is not null)
            {
                return (session, []);
            }

            asked = true;
            return (session with { CloseAskedAt = Now }, [new AuditChange(AuditAction.TextChanged, null, null)]);
        }, cancellationToken, history: false);
        return asked;
    }

    /// <summary>Keeps the last draft delivered of the current version (no history line: a draft is not an act).</summary>
    public Task<Session> SaveDraftAsync(Mesa mesa, int number, int version, StoredDocument draft, Person by, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, session =>
        {
            EnsureNotFrozen(session, mesa, version);
            return (session with { Draft = draft }, [new AuditChange(AuditAction.TextChanged, null, null)]);
        }, cancellationToken, history: false);

    /// <summary>
    /// Approves <paramref name="version"/> of the acta with the document built for it: the session keeps its
    /// stored name and SHA-256, and the history line carries the hash. Refused while the session is open,
    /// for a version already approved, and for any version but the current one.
    /// </summary>
    public async Task<Session> ApproveAsync(Mesa mesa, int number, int version, StoredDocument document, Person by, CancellationToken cancellationToken)
    {
        var approver = MesaRules.CleanPerson(by, RecordFields.SessionOpener);
        var counter = await SessionCounterAsync(mesa, cancellationToken);
        var row = await ReadAsync(mesa, number, cancellationToken) ?? throw NotFound(mesa, number);
        var session = row.ToSession();
        if (session.IsOpen)
        {
            throw RecordException.Invalid(RecordErrors.SessionStillOpen, number);
        }

        EnsureNotFrozen(session, mesa, version);
        var approved = session with
        {
            Approvals = [.. session.Approvals, new ActaApprovalRecord(version, approver, Now, document)],
            Version = (row.Revision + 1).ToString(),
        };
        var batch = new PartitionBatch(row.PartitionKey);
        var etag = row.ETag;
        row.Write(approved);
        batch.Add(TableTransactionActionType.UpdateReplace, row, etag);
        if (counter is not null && Awaiting(counter).Contains(number))
        {
            var next = RecordWriter.CounterCopy(counter);
            next[AwaitingColumn] = string.Join(',', Awaiting(counter).Where(n => n != number));
            batch.Add(TableTransactionActionType.UpdateReplace, next, counter.ETag);
        }

        AuditLog.Append(batch, RecordKeys.SessionLogPrefix(number), row.Revision, Subject(number),
            [new AuditChange(AuditAction.ActaApproved, $"v{version}", document.Sha256)], approver, Now);
        batch.Add(TableTransactionActionType.Add, DigestEntry.OfSession(number, session.StartedAt, row.Revision, awaitingApproval: false).Delta(row.PartitionKey, Now));
        await SubmitAsync(batch, mesa, cancellationToken);
        return approved;
    }

    /// <summary>Starts a correction of an approved acta: the next version, a draft until it is approved in turn. The approved one stays as it was.</summary>
    public async Task<Session> CorrectAsync(Mesa mesa, int number, Person by, CancellationToken cancellationToken)
    {
        var counter = await SessionCounterAsync(mesa, cancellationToken);
        var row = await ReadAsync(mesa, number, cancellationToken) ?? throw NotFound(mesa, number);
        var session = row.ToSession();
        if (!session.IsApproved)
        {
            throw RecordException.Invalid(RecordErrors.ActaNotApproved, number);
        }

        var corrected = session with { ActaVersion = session.ActaVersion + 1, Draft = null, Version = (row.Revision + 1).ToString() };
        var batch = new PartitionBatch(row.PartitionKey);
        var etag = row.ETag;
        row.Write(corrected);
        batch.Add(TableTransactionActionType.UpdateReplace, row, etag);
        if (counter is not null)
        {
            var next = RecordWriter.CounterCopy(counter);
            next[AwaitingColumn] = string.Join(',', Awaiting(counter).Append(number).Distinct());
            batch.Add(TableTransactionActionType.UpdateReplace, next, counter.ETag);
        }

        AuditLog.Append(batch, RecordKeys.SessionLogPrefix(number), row.Revision, Subject(number),
            [new AuditChange(AuditAction.ActaCorrected, $"v{session.ActaVersion}", $"v{corrected.ActaVersion}")], MesaRules.CleanPerson(by, RecordFields.SessionOpener), Now);
        batch.Add(TableTransactionActionType.Add, DigestEntry.OfSession(number, session.StartedAt, row.Revision, awaitingApproval: true).Delta(row.PartitionKey, Now));
        await SubmitAsync(batch, mesa, cancellationToken);
        return corrected;
    }

    private static void EnsureNotFrozen(Session session, Mesa mesa, int version)
    {
        if (version != session.ActaVersion || session.IsApproved)
        {
            throw RecordException.Invalid(RecordErrors.ActaAlreadyApproved, session.Number, session.ActaVersion, mesa.Code);
        }
    }

    private async Task<Session> ChangeAsync(
        Mesa mesa, int number, Person by, Func<Session, (Session Changed, IReadOnlyList<AuditChange> Lines)> apply, CancellationToken cancellationToken, bool history = true)
    {
        var actor = MesaRules.CleanPerson(by, RecordFields.SessionOpener);
        var row = await ReadAsync(mesa, number, cancellationToken) ?? throw NotFound(mesa, number);
        var (changed, lines) = apply(row.ToSession());
        if (lines.Count == 0)
        {
            return changed;
        }

        var revision = row.Revision + 1;
        changed = changed with { Version = revision.ToString() };
        var batch = new PartitionBatch(row.PartitionKey);
        var etag = row.ETag;
        row.Write(changed);
        batch.Add(TableTransactionActionType.UpdateReplace, row, etag);
        if (history)
        {
            AuditLog.Append(batch, RecordKeys.SessionLogPrefix(number), revision, Subject(number), lines, actor, Now);
        }

        await SubmitAsync(batch, mesa, cancellationToken);
        return changed;
    }

    private static List<SessionPerson> Merge(IReadOnlyList<SessionPerson> current, IReadOnlyList<SessionPerson> added)
    {
        var merged = current.ToList();
        foreach (var person in added.Where(p => !merged.Any(p.IsSame)))
        {
            merged.Add(person);
        }

        return merged;
    }
}
