using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure;
using MesaBot.Storage;
using Microsoft.Extensions.Logging;

namespace MesaBot.Records.Stores;

/// <summary>
/// Shared by the record stores (public only so DI can build them; nothing on it is public): what creating and changing any numbered record has in common: the per-mesa counter, the idempotency
/// row, the history lines, the ETag check, the index follow-up and the digest entry's hand-over. The stores bring their own rows.
/// </summary>
public sealed partial class RecordWriter(TableStorage storage, PendingIndex index, IndexRepairQueue repairs, DigestOutbox digests, TimeProvider time, ILogger<RecordWriter> logger)
{
    /// <summary>The counter rows' column that says the mesa was archived.</summary>
    internal const string ArchivedColumn = "Archived";

    // Enough for a burst of creates from several instances; past it the user is asked to retry.
    private const int MaxAttempts = 50;

    // Serialises creates per mesa and kind inside this process, so they do not race on the counter's
    // ETag; creates from other instances still race, and the ETag retry below settles that.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    internal TableClient Table => storage.Table(RecordKeys.RecordsTable);

    internal DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Allocates the next number and writes the record in one transaction with the counter, the
    /// idempotency row and the "created" line. Requests: one counter read and one transaction (more only
    /// when another instance took the number first). When <paramref name="activityId"/> was seen
    /// before, nothing is written and the number created then is returned with Replayed = true. The record
    /// belongs to the open session, or to <paramref name="forSession"/> when the caller names one.
    /// </summary>
    internal async Task<CreateResult> CreateAsync(
        Mesa mesa,
        RecordKind kind,
        string? activityId,
        Person by,
        Func<int, int?, IEnumerable<ITableEntity>> rows,
        CancellationToken cancellationToken,
        int? forSession = null)
    {
        if (mesa.Archived)
        {
            throw RecordException.Invalid(RecordErrors.MesaArchived, mesa.Code);
        }

        var partition = RecordKeys.MesaPartition(mesa);
        var gate = _gates.GetOrAdd($"{partition}|{kind}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var counter = await Table.GetEntityIfExistsAsync<TableEntity>(partition, RecordKeys.CounterRow(kind), cancellationToken: cancellationToken);
                // The archive marks the counters (MesaStore.ArchiveAsync): refused here whatever this host's copy says.
                if (counter.HasValue && counter.Value!.GetBoolean(ArchivedColumn) == true)
                {
                    throw RecordException.Invalid(RecordErrors.MesaArchived, mesa.Code);
                }

                var number = counter.HasValue ? (counter.Value!.GetInt32("Last") ?? 0) + 1 : 1;
                // While a session is open its number sits on the counters (SessionStore): the record belongs to it,
                // unless it was registered for a session already closed (its transcript's proposals), whichever is open now.
                var session = forSession is > 0 ? forSession : counter.HasValue ? counter.Value!.GetInt32(RecordKeys.SessionColumn) : null;
                var batch = new PartitionBatch(partition);
                var next = counter.HasValue ? CounterCopy(counter.Value!) : new TableEntity(partition, RecordKeys.CounterRow(kind));
                next["Last"] = number;
                batch.Add(counter.HasValue ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.Add, next, counter.HasValue ? counter.Value!.ETag : default);
                foreach (var row in rows(number, session))
                {
                    batch.Add(TableTransactionActionType.Add, row);
                }

                if (activityId is { Length: > 0 })
                {
                    batch.Add(TableTransactionActionType.Add, new TableEntity(partition, RecordKeys.IdempotencyRow(kind, activityId)) { ["Number"] = number });
                }

                var record = new RecordRef(kind, number);
                AuditLog.Append(batch, RecordKeys.LogPrefix(record), 1, record.ToString(), [new AuditChange(AuditAction.Created, null, null)], by, Now);
                try
                {
                    await batch.SubmitAsync(Table, cancellationToken);
                    digests.Enqueue(mesa, batch);
                    return new CreateResult(number, Replayed: false);
                }
                catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
                {
                    if (activityId is { Length: > 0 } && await ReplayedNumberAsync(partition, kind, activityId, cancellationToken) is { } earlier)
                    {
                        return new CreateResult(earlier, Replayed: true);
                    }

                    if (attempt == MaxAttempts)
                    {
                        throw RecordException.Concurrent(RecordErrors.NumberingChangedConcurrently, mesa.Code, ex);
                    }
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Submits a change already staged in <paramref name="batch"/> (the record row under its ETag and its
    /// open copy), with its history lines and the sync marker of its index change; then brings the
    /// index along. Requests: one transaction plus <see cref="PendingIndex.IndexPlan.RequestCount"/>.
    /// </summary>
    internal async Task SubmitChangeAsync(
        Mesa mesa,
        PartitionBatch batch,
        RecordRef record,
        long revision,
        IReadOnlyList<AuditChange> changes,
        Person by,
        PendingItem? before,
        PendingItem? after,
        CancellationToken cancellationToken)
    {
        AuditLog.Append(batch, RecordKeys.LogPrefix(record), revision, record.ToString(), changes, by, Now);
        var plan = index.Plan(batch, before, after, Now);
        try
        {
            await batch.SubmitAsync(Table, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 or 404)
        {
            throw RecordException.Concurrent(RecordErrors.RecordChangedConcurrently, record.ToString(), ex);
        }

        digests.Enqueue(mesa, batch);
        await FollowAsync(mesa, plan, cancellationToken);
    }

    // The record is committed and is the truth: if storage now refuses the index rows, the user's change
    // stands and the mesa's index is repaired in the background (IndexRepairWorker), not failed.
    private async Task FollowAsync(Mesa mesa, PendingIndex.IndexPlan plan, CancellationToken cancellationToken)
    {
        try
        {
            await index.ApplyAsync(plan, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            Log.IndexBehind(logger, mesa.Code, ex.Status, ex);
            repairs.Enqueue(mesa);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Index of mesa {MesaCode} did not follow a committed record (status {Status}); repairing in the background")]
        public static partial void IndexBehind(ILogger logger, string mesaCode, int status, Exception exception);
    }

    /// <summary>
    /// Writes the index rows of one record: after its create (whose transaction carried
    /// <paramref name="marker"/>, deleted once they are written), or after a replayed create found them missing.
    /// </summary>
    internal Task ResyncAsync(Mesa mesa, PendingItem? current, string? marker, CancellationToken cancellationToken) =>
        FollowAsync(mesa, PendingIndex.PlanRewrite(RecordKeys.MesaPartition(mesa), current, marker), cancellationToken);


    /// <summary>For a caller that showed a record (a card) and acts on it later: refuse if it changed since.</summary>
    internal static void CheckVersion(long currentRevision, string? expectedVersion, RecordRef record)
    {
        if (expectedVersion is not null && currentRevision.ToString() != expectedVersion)
        {
            throw RecordException.Concurrent(RecordErrors.RecordChangedConcurrently, record.ToString());
        }
    }

    /// <summary>The counter as read, to rewrite with its other columns (the open session's number) kept.</summary>
    internal static TableEntity CounterCopy(TableEntity read)
    {
        var copy = new TableEntity(read.PartitionKey, read.RowKey);
        foreach (var (name, value) in read.Where(c => c.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            copy[name] = value;
        }

        return copy;
    }

    private async Task<int?> ReplayedNumberAsync(string partition, RecordKind kind, string activityId, CancellationToken cancellationToken)
    {
        var seen = await Table.GetEntityIfExistsAsync<TableEntity>(partition, RecordKeys.IdempotencyRow(kind, activityId), cancellationToken: cancellationToken);
        return seen.HasValue ? seen.Value!.GetInt32("Number") : null;
    }

    internal sealed record CreateResult(int Number, bool Replayed);
}
