using Azure;
using Azure.Data.Tables;
using MesaBot.Records.Stores;
using MesaBot.Storage;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// The record of every delivery, one partition per local date ("d|2026-04-06"), one row per idempotency
/// key. Every change is conditional on the row's ETag, so of two hosts (or two copies of a queue message)
/// only one moves a delivery to "sending", and a "sent" row is never sent again.
/// </summary>
public sealed class DeliveryLedger(TableStorage storage)
{
    public const string TableName = "reminders";

    private TableClient Table => storage.Table(TableName);

    /// <summary>Records a new delivery as queued: its row's ETag, or null when the key is already known (planned before).</summary>
    public async Task<ETag?> TryAddAsync(DeliveryJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.AddEntityAsync(Entity.From(job, DeliveryState.Queued, 0, now, null, null), cancellationToken);
            return response.Headers.ETag ?? default(ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<DeliveryRecord?> GetAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<Entity>(Partition(job.Date), job.Key, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    /// <summary>Moves the delivery to a new state under the ETag read before; null when someone else changed it first.</summary>
    public async Task<DeliveryRecord?> TryMoveAsync(DeliveryRecord from, DeliveryState state, int attempts, DateTimeOffset now, DateTimeOffset? nextAttemptAt, string? error, CancellationToken cancellationToken)
    {
        var entity = Entity.From(from.Job, state, attempts, now, nextAttemptAt, error);
        try
        {
            var response = from.ETag == default
                ? await Table.AddEntityAsync(entity, cancellationToken)
                : await Table.UpdateEntityAsync(entity, from.ETag, TableUpdateMode.Replace, cancellationToken);
            return entity.ToRecord() with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>
    /// Moves just-queued rows to "sending" together, each under the ETag the scheduler got: one transaction
    /// per date partition (at most 100 rows) instead of a request per row. A transaction is all or nothing, so
    /// when one row changed since it was queued (another copy of its message, recovery) none of that
    /// partition's rows is claimed here: their entries stay null and the caller claims them one by one.
    /// </summary>
    public async Task<DeliveryRecord?[]> TryClaimQueuedAsync(IReadOnlyList<DeliveryMessage> queued, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = new DeliveryRecord?[queued.Count];
        // A row appears once in a transaction: a second copy of a message in the same receive takes the
        // one-by-one path, where the ETag the first copy changed sends it to read the row.
        var partitions = Enumerable.Range(0, queued.Count).Where(i => queued[i].QueuedAs != default)
            .DistinctBy(i => queued[i].Job.Key)
            .GroupBy(i => Partition(queued[i].Job.Date))
            .SelectMany(p => p.Chunk(PartitionBatch.MaxOperations).Select(rows => (Partition: p.Key, Rows: rows)))
            .Where(p => p.Rows.Length > 1); // a single row costs the same alone, and the caller's path reads it on a conflict
        foreach (var (partition, rows) in partitions)
        {
            var batch = new PartitionBatch(partition);
            var entities = rows.Select(i => Entity.From(queued[i].Job, DeliveryState.Sending, 1, now, null, null)).ToList();
            foreach (var (i, entity) in rows.Zip(entities))
            {
                batch.Add(TableTransactionActionType.UpdateReplace, entity, queued[i].QueuedAs);
            }

            try
            {
                var responses = await batch.SubmitAsync(Table, cancellationToken);
                for (var n = 0; n < rows.Length; n++)
                {
                    claimed[rows[n]] = entities[n].ToRecord() with { ETag = responses[n].Headers.ETag ?? default };
                }
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // Left to the one-by-one path, which reads the row that changed and decides from its state.
            }
        }

        return claimed;
    }

    /// <summary>Unfinished deliveries (queued or sending) of the given local dates. One request per date.</summary>
    public Task<IReadOnlyList<DeliveryRecord>> UnfinishedAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken) =>
        QueryAsync(dates, TableClient.CreateQueryFilter($"State eq {nameof(DeliveryState.Queued)} or State eq {nameof(DeliveryState.Sending)}"), cancellationToken);

    /// <summary>Deliveries that could not be made (failed, unreachable) on the given dates. One request per date.</summary>
    public Task<IReadOnlyList<DeliveryRecord>> ProblemsAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken) =>
        QueryAsync(dates, TableClient.CreateQueryFilter($"State eq {nameof(DeliveryState.Failed)} or State eq {nameof(DeliveryState.Unreachable)}"), cancellationToken);

    /// <summary>Every delivery of the given dates (tests, support). One request per date.</summary>
    public Task<IReadOnlyList<DeliveryRecord>> AllAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken) =>
        QueryAsync(dates, null, cancellationToken);

    private async Task<IReadOnlyList<DeliveryRecord>> QueryAsync(IEnumerable<DateOnly> dates, string? stateFilter, CancellationToken cancellationToken)
    {
        var records = new List<DeliveryRecord>();
        foreach (var date in dates)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(date)}");
            if (stateFilter is not null)
            {
                filter = $"{filter} and ({stateFilter})";
            }

            await foreach (var e in Table.QueryAsync<Entity>(filter, cancellationToken: cancellationToken))
            {
                records.Add(e.ToRecord());
            }
        }

        return records;
    }

    private static string Partition(DateOnly date) => $"d|{date:yyyy-MM-dd}";

    private sealed class Entity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string Job { get; set; } = string.Empty;
        public string TenantId { get; set; } = string.Empty;
        public string MesaId { get; set; } = string.Empty;
        public string State { get; set; } = string.Empty;
        public int Attempts { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public DateTimeOffset? NextAttemptAt { get; set; }
        public string? LastError { get; set; }

        public static Entity From(DeliveryJob job, DeliveryState state, int attempts, DateTimeOffset now, DateTimeOffset? next, string? error) => new()
        {
            PartitionKey = Partition(job.Date),
            RowKey = job.Key,
            Job = job.ToJson(),
            TenantId = job.TenantId,
            MesaId = job.MesaId,
            State = state.ToString(),
            Attempts = attempts,
            UpdatedAt = now,
            NextAttemptAt = next,
            LastError = error is { Length: > 1000 } ? error[..1000] : error,
        };

        public DeliveryRecord ToRecord() =>
            new(DeliveryJob.FromJson(Job), Enum.Parse<DeliveryState>(State), Attempts, UpdatedAt, NextAttemptAt, LastError, ETag);
    }
}
