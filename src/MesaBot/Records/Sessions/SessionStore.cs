using Azure;
using Azure.Data.Tables;
using MesaBot.Records.Stores;
using MesaBot.Storage;

namespace MesaBot.Records.Sessions;

/// <summary>
/// The numbered sessions of each mesa, in the mesa's partition of the records table (docs/storage.md,
/// "Sessions"): "session|n" rows and their counter "count|S" (Last, the open session's number, the actas
/// awaiting approval). While a session is open its number also sits on the record counters
/// "count|A/T/C", which every create already reads, so each record logged then carries it at no extra
/// request, and a create racing the opening retries on the counter's ETag and lands on the right side.
/// </summary>
public sealed partial class SessionStore(TableStorage storage, AgreementStore agreements, OpenItemStore items, DigestOutbox digests, TimeProvider time)
{
    /// <summary>At most this many open items are kept on a session's agenda (the row's column limit); the lists show the rest.</summary>
    public const int MaxAgendaItems = 80;

    /// <summary>At most this many followed acuerdos are kept on a session's row (its own column); `acuerdos` lists them all.</summary>
    public const int MaxAgendaFollowUps = 40;

    private const int AgendaTextLength = 200;
    private const string LastColumn = "Last";
    private const string OpenColumn = "Open";
    private const string AwaitingColumn = "AwaitingApproval";

    private static readonly RecordKind[] Kinds = [RecordKind.Agreement, RecordKind.ActionItem, RecordKind.Commitment];

    private TableClient Table => storage.Table(RecordKeys.RecordsTable);

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Opens the next session, or answers the one already open (<see cref="SessionOpening.AlreadyOpen"/>).
    /// Three requests: the counters (one range query), the open items and followed acuerdos (the agenda), one transaction
    /// (session row, its counter, the open session's number on the record counters, the history line).
    /// </summary>
    public async Task<SessionOpening> OpenAsync(Mesa mesa, NewSession session, Person by, CancellationToken cancellationToken)
    {
        if (mesa.Archived)
        {
            throw RecordException.Invalid(RecordErrors.MesaArchived, mesa.Code);
        }

        var title = RecordText.CleanOptional(session.Title, RecordFields.SessionTitle);
        var opener = MesaRules.CleanPerson(by, RecordFields.SessionOpener);
        var counters = await CountersAsync(mesa, cancellationToken);
        if (counters.Values.Any(c => c.GetBoolean(RecordWriter.ArchivedColumn) == true))
        {
            throw RecordException.Invalid(RecordErrors.MesaArchived, mesa.Code);
        }

        var sessions = counters.GetValueOrDefault(RecordKeys.SessionCounterRow);
        if (sessions?.GetInt32(OpenColumn) is { } openNumber)
        {
            var open = await GetAsync(mesa, openNumber, cancellationToken) ?? throw NotFound(mesa, openNumber);
            return new SessionOpening(open, AlreadyOpen: true, [], Awaiting(sessions));
        }

        var openItems = await items.OpenAsync(mesa, cancellationToken);
        var number = (sessions?.GetInt32(LastColumn) ?? 0) + 1;
        int LastOf(RecordKind kind) => counters.GetValueOrDefault(RecordKeys.CounterRow(kind))?.GetInt32(LastColumn) ?? 0;
        var opened = new Session(number, title, session.StartedAt ?? Now, opener, "1")
        {
            Modality = session.Modality,
            MeetingId = RecordText.CleanOptional(session.MeetingId, RecordFields.SessionTitle, 500),
            ConversationKey = RecordText.CleanOptional(session.ConversationKey, RecordFields.SessionTitle, 500),
            FirstNumbers = new RecordNumbers(LastOf(RecordKind.Agreement) + 1, LastOf(RecordKind.ActionItem) + 1, LastOf(RecordKind.Commitment) + 1),
            Agenda = [.. openItems.ActionItems.Concat(openItems.Commitments).Take(MaxAgendaItems).Select(Carried)],
            FollowUps = [.. openItems.Followed.Take(MaxAgendaFollowUps).Select(f => f with { Text = Shortened(f.Text) })],
        };

        var partition = RecordKeys.MesaPartition(mesa);
        var batch = new PartitionBatch(partition);
        batch.Add(TableTransactionActionType.Add, SessionRow.From(mesa, opened));
        var counter = Counter(partition, RecordKeys.SessionCounterRow, sessions);
        counter[LastColumn] = number;
        counter[OpenColumn] = number;
        Stage(batch, counter, sessions);
        foreach (var kind in Kinds)
        {
            var read = counters.GetValueOrDefault(RecordKeys.CounterRow(kind));
            var next = Counter(partition, RecordKeys.CounterRow(kind), read);
            next[RecordKeys.SessionColumn] = number;
            Stage(batch, next, read);
        }

        AuditLog.Append(batch, RecordKeys.SessionLogPrefix(number), 1, Subject(number), [new AuditChange(AuditAction.SessionOpened, null, title)], opener, Now);
        // The weekly digest lists the sessions started in its week (DigestSummaryStore).
        batch.Add(TableTransactionActionType.Add, DigestEntry.OfSession(number, opened.StartedAt, 1, awaitingApproval: false).Delta(partition, Now));
        await SubmitAsync(batch, mesa, cancellationToken);
        return new SessionOpening(opened, AlreadyOpen: false, [.. openItems.ActionItems.Concat(openItems.Commitments)], Awaiting(sessions)) { FollowUps = openItems.Followed };
    }

    /// <summary>
    /// Closes the open session (null when none is, or when <paramref name="meetingId"/> names another
    /// meeting than the one that opened it). Three requests: the counters, the session, one transaction.
    /// </summary>
    public async Task<Session?> CloseAsync(Mesa mesa, Person by, DateTimeOffset? endedAt, string? meetingId, CancellationToken cancellationToken)
    {
        var closer = MesaRules.CleanPerson(by, RecordFields.SessionOpener);
        var counters = await CountersAsync(mesa, cancellationToken);
        var sessions = counters.GetValueOrDefault(RecordKeys.SessionCounterRow);
        if (sessions?.GetInt32(OpenColumn) is not { } number || await ReadAsync(mesa, number, cancellationToken) is not { } row)
        {
            return null;
        }

        var open = row.ToSession();
        if (meetingId is not null && open.MeetingId is not null && open.MeetingId != meetingId)
        {
            return null;
        }

        int LastOf(RecordKind kind) => counters.GetValueOrDefault(RecordKeys.CounterRow(kind))?.GetInt32(LastColumn) ?? 0;
        var end = endedAt is { } at && at > open.StartedAt ? at : Now;
        var closed = open with
        {
            EndedAt = end,
            LastNumbers = new RecordNumbers(LastOf(RecordKind.Agreement), LastOf(RecordKind.ActionItem), LastOf(RecordKind.Commitment)),
            Version = (long.Parse(open.Version) + 1).ToString(),
        };

        var partition = RecordKeys.MesaPartition(mesa);
        var batch = new PartitionBatch(partition);
        var etag = row.ETag;
        row.Write(closed);
        batch.Add(TableTransactionActionType.UpdateReplace, row, etag);
        var counter = RecordWriter.CounterCopy(sessions);
        counter.Remove(OpenColumn);
        counter[AwaitingColumn] = string.Join(',', Awaiting(sessions).Append(number).Distinct());
        batch.Add(TableTransactionActionType.UpdateReplace, counter, sessions.ETag);
        foreach (var kind in Kinds)
        {
            if (counters.GetValueOrDefault(RecordKeys.CounterRow(kind)) is { } read && read.GetInt32(RecordKeys.SessionColumn) == number)
            {
                var next = RecordWriter.CounterCopy(read);
                next.Remove(RecordKeys.SessionColumn);
                batch.Add(TableTransactionActionType.UpdateReplace, next, read.ETag);
            }
        }

        AuditLog.Append(batch, RecordKeys.SessionLogPrefix(number), row.Revision, Subject(number), [new AuditChange(AuditAction.SessionClosed, null, null)], closer, Now);
        // From now on the digest lists its acta as awaiting approval.
        batch.Add(TableTransactionActionType.Add, DigestEntry.OfSession(number, closed.StartedAt, row.Revision, awaitingApproval: true).Delta(partition, Now));
        await SubmitAsync(batch, mesa, cancellationToken);
        return closed;
    }

    /// <summary>The open session, or null. Two point reads (one when none is open).</summary>
    public async Task<Session?> OpenSessionAsync(Mesa mesa, CancellationToken cancellationToken) =>
        await SessionCounterAsync(mesa, cancellationToken) is { } counter && counter.GetInt32(OpenColumn) is { } number
            ? await GetAsync(mesa, number, cancellationToken)
            : null;

    /// <summary>The open session, else the last one held; null before the first. Two point reads.</summary>
    public async Task<Session?> CurrentOrLastAsync(Mesa mesa, CancellationToken cancellationToken) =>
        await SessionCounterAsync(mesa, cancellationToken) is { } counter && (counter.GetInt32(OpenColumn) ?? counter.GetInt32(LastColumn)) is { } number
            ? await GetAsync(mesa, number, cancellationToken)
            : null;

    /// <summary>One point read.</summary>
    public async Task<Session?> GetAsync(Mesa mesa, int number, CancellationToken cancellationToken) =>
        number < 1 ? null : (await ReadAsync(mesa, number, cancellationToken))?.ToSession();

    /// <summary>Every session of the mesa by number. One request.</summary>
    public async Task<IReadOnlyList<Session>> ListAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var sessions = new List<Session>();
        await foreach (var row in Table.QueryAsync<SessionRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {RecordKeys.SessionPrefix} and RowKey lt {RecordKeys.UpperBound(RecordKeys.SessionPrefix)}"),
            cancellationToken: cancellationToken))
        {
            sessions.Add(row.ToSession());
        }

        return sessions;
    }

    /// <summary>
    /// The records logged during the session, and those registered for it after it closed, each kind in
    /// number order: only its own rows (numbers are given in a row per mesa, so a session's are a key range;
    /// a late one's range holds later sessions' rows too, which their number filters out). Three requests, run together.
    /// </summary>
    public async Task<SessionRecords> RecordsAsync(Mesa mesa, Session session, CancellationToken cancellationToken)
    {
        var (a, t, c) = (session.Reach(RecordKind.Agreement), session.Reach(RecordKind.ActionItem), session.Reach(RecordKind.Commitment));
        var agreed = agreements.RangeAsync(mesa, a.First, a.Last, cancellationToken);
        var tasks = items.RangeAsync(mesa, RecordKind.ActionItem, t.First, t.Last, cancellationToken);
        var promised = items.RangeAsync(mesa, RecordKind.Commitment, c.First, c.Last, cancellationToken);
        // An array, not the params-span overload: its inline array is a type the architecture test cannot read.
        await Task.WhenAll(new Task[] { agreed, tasks, promised });
        return new SessionRecords(
            [.. agreed.Result.Where(r => r.SessionNumber == session.Number)],
            [.. tasks.Result.Where(r => r.SessionNumber == session.Number)],
            [.. promised.Result.Where(r => r.SessionNumber == session.Number)]);
    }

    private static CarriedItem Carried(OpenItem item) =>
        new(item.Kind, item.Number, Shortened(item.Text), item.Accountable.Name, item.DueDate, item.Status, item.Partner);

    private static string Shortened(string text) => text.Length <= AgendaTextLength ? text : text[..AgendaTextLength];

    private static string Subject(int number) => $"{RecordKeys.SessionLetter}-{number}";

    private static IReadOnlyList<int> Awaiting(TableEntity? sessions) =>
        sessions?.GetString(AwaitingColumn) is { Length: > 0 } list
            ? [.. list.Split(',').Select(n => int.TryParse(n, out var v) ? v : 0).Where(n => n > 0)]
            : [];

    private static TableEntity Counter(string partition, string rowKey, TableEntity? read) =>
        read is null ? new TableEntity(partition, rowKey) : RecordWriter.CounterCopy(read);

    private static void Stage(PartitionBatch batch, TableEntity counter, TableEntity? read) =>
        batch.Add(read is null ? TableTransactionActionType.Add : TableTransactionActionType.UpdateReplace, counter, read?.ETag ?? default);

    private async Task SubmitAsync(PartitionBatch batch, Mesa mesa, CancellationToken cancellationToken)
    {
        try
        {
            await batch.SubmitAsync(Table, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            throw RecordException.Concurrent(RecordErrors.SessionChangedConcurrently, mesa.Code, ex);
        }

        digests.Enqueue(mesa, batch);
    }

    private async Task<Dictionary<string, TableEntity>> CountersAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var counters = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {RecordKeys.CounterPrefix} and RowKey lt {RecordKeys.UpperBound(RecordKeys.CounterPrefix)}"),
            cancellationToken: cancellationToken))
        {
            counters[e.RowKey] = e;
        }

        return counters;
    }

    private async Task<TableEntity?> SessionCounterAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(RecordKeys.MesaPartition(mesa), RecordKeys.SessionCounterRow, cancellationToken: cancellationToken);
        return read.HasValue ? read.Value : null;
    }

    private async Task<SessionRow?> ReadAsync(Mesa mesa, int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<SessionRow>(RecordKeys.MesaPartition(mesa), RecordKeys.SessionRow(number), cancellationToken: cancellationToken);
        return read.HasValue ? read.Value : null;
    }

    private static RecordException NotFound(Mesa mesa, int number) => RecordException.NotFound(RecordErrors.SessionNotFound, number, mesa.Code);
}
