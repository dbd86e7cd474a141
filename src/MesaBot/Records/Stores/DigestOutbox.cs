using System.Threading.Channels;
using Azure;
using Azure.Data.Tables;
using MesaBot.Storage;
using Microsoft.Extensions.Logging;

namespace MesaBot.Records.Stores;

/// <summary>
/// Moves the digest entries a records transaction carried ("sync|D|…" rows of the mesa's partition) to the
/// digests table, where the committee's digest reads every mesa of the tenant in one query. The entry is
/// written in the change's own transaction, so a change and its entry are never apart; moving it costs the
/// change nothing: the store hands the committed rows over (<see cref="Enqueue"/>, no I/O) and
/// <see cref="DigestOutboxWorker"/> moves them right after, many changes of a mesa in one transaction. The
/// digest drains what this host still holds before it reads (<see cref="DrainAsync"/>), so it always shows
/// this host's own changes. A move is an upsert under the same key every time (moving twice is harmless),
/// then the outbox rows' delete. When storage refuses, or the process dies first, the rows stay in the mesa's
/// partition: <see cref="IndexSweep"/> finds them as it finds unfinished index changes, and
/// <see cref="IndexRepair"/> moves them (<see cref="MoveLeftoversAsync"/>; docs/storage.md, "Digest summary").
/// </summary>
public sealed partial class DigestOutbox(TableStorage storage, IndexRepairQueue repairs, ILogger<DigestOutbox> logger)
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _draining = new(1, 1);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private List<(Mesa Mesa, ITableEntity Row)> _pending = [];

    private TableClient Records => storage.Table(RecordKeys.RecordsTable);

    private TableClient Digests => storage.Table(RecordKeys.DigestsTable);

    /// <summary>After <paramref name="committed"/> succeeded: keeps the digest entries it carried for the next move. No request.</summary>
    internal void Enqueue(Mesa mesa, PartitionBatch committed)
    {
        var rows = committed.Rows(RecordKeys.DigestOutboxPrefix);
        if (rows.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _pending.AddRange(rows.Select(r => (mesa, r)));
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>Test seam: what a process dying forgets (the rows stay in storage for the sweep).</summary>
    internal void Forget()
    {
        lock (_gate)
        {
            _pending = [];
        }
    }

    /// <summary>
    /// Moves every entry held so far: two requests per mesa with entries (per 100 of them), none when there are
    /// none. One drain at a time, so a digest that drains waits for the worker's move in progress. Never throws
    /// for storage: the changes are committed, so a refusal leaves the mesa's rows to the repair.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        await _draining.WaitAsync(cancellationToken);
        try
        {
            List<(Mesa Mesa, ITableEntity Row)> taken;
            lock (_gate)
            {
                (taken, _pending) = (_pending, []);
            }

            foreach (var mesa in taken.GroupBy(p => RecordKeys.MesaPartition(p.Mesa)))
            {
                var first = mesa.First().Mesa;
                try
                {
                    foreach (var chunk in mesa.Select(p => p.Row).Chunk(PartitionBatch.MaxOperations))
                    {
                        await MoveAsync(first, chunk, cancellationToken);
                    }
                }
                catch (RequestFailedException ex)
                {
                    Log.EntryBehind(logger, first.Code, ex.Status, ex);
                    repairs.Enqueue(first);
                }
            }
        }
        finally
        {
            _draining.Release();
        }
    }

    /// <summary>Completes once entries were handed over since the last call (the worker's wake-up; hand-overs in between count once).</summary>
    internal async Task WaitForEntriesAsync(CancellationToken cancellationToken) => await _signal.Reader.ReadAsync(cancellationToken);

    /// <summary>Moves every outbox row a mesa's partition holds, in transactions of 100: one query, then two requests per 100 rows.</summary>
    internal async Task<int> MoveLeftoversAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var rows = new List<ITableEntity>();
        await foreach (var row in Records.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {RecordKeys.DigestOutboxPrefix} and RowKey lt {RecordKeys.UpperBound(RecordKeys.DigestOutboxPrefix)}"),
            cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        foreach (var chunk in rows.Chunk(PartitionBatch.MaxOperations))
        {
            await MoveAsync(mesa, chunk, cancellationToken);
        }

        return rows.Count;
    }

    private async Task MoveAsync(Mesa mesa, IReadOnlyList<ITableEntity> rows, CancellationToken cancellationToken)
    {
        var moved = new PartitionBatch(RecordKeys.TenantPartition(mesa.TenantId));
        foreach (var row in rows)
        {
            var entry = ((TableEntity)row).GetString(DigestEntry.EntryColumn);
            moved.Add(TableTransactionActionType.UpsertReplace,
                new TableEntity(moved.PartitionKey, RecordKeys.DigestDeltaRow(mesa.Id, row.RowKey)) { [DigestEntry.EntryColumn] = entry });
        }

        await moved.SubmitAsync(Digests, cancellationToken);

        var done = new PartitionBatch(RecordKeys.MesaPartition(mesa));
        foreach (var row in rows)
        {
            done.Add(TableTransactionActionType.Delete, new TableEntity(done.PartitionKey, row.RowKey), ETag.All);
        }

        try
        {
            await done.SubmitAsync(Records, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // Another host's repair moved and deleted some of these first; the rest stay for the next repair,
            // which moves them again (an upsert of the same entry) and deletes them.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Digest entries of mesa {MesaCode} did not follow committed records (status {Status}); the repair moves them")]
        public static partial void EntryBehind(ILogger logger, string mesaCode, int status, Exception exception);
    }
}
