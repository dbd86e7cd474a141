using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MesaBot.Storage;

namespace MesaBot.Records.Stores;

/// <summary>
/// Copies of every open tarea and compromiso, partitioned by person ("pending of X across mesas") and
/// by due date (reminders), each one request to read. They live in other partitions than the record,
/// so they cannot share its transaction: the record is written first and is the truth; a change that
/// leaves index rows to remove also writes a "sync" marker in the record's transaction listing them,
/// and deletes the marker once they are gone. A crash in between leaves the marker, which
/// <see cref="IndexRepair"/> finds in the mesa partition and finishes.
/// </summary>
public sealed class PendingIndex(TableStorage storage)
{
    private TableClient Index => storage.Table(RecordKeys.IndexTable);

    private TableClient Records => storage.Table(RecordKeys.RecordsTable);

    /// <summary>Test seam: runs after the record's transaction and before any index write (a crash there).</summary>
    internal Action? BeforeIndexWrites { get; set; }

    /// <summary>Open tareas and compromisos of one person across all mesas of the tenant, by due date. One request.</summary>
    public Task<IReadOnlyList<PendingItem>> PendingForPersonAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
        QueryAsync(RecordKeys.PersonPartition(tenantId, objectId), cancellationToken);

    /// <summary>
    /// Open items due on <paramref name="date"/> in every tenant, for the reminder scheduler. One request
    /// per 1,000 items. Before messaging anyone, the scheduler re-reads the record: the index may lag it.
    /// </summary>
    public Task<IReadOnlyList<PendingItem>> DueOnAsync(DateOnly date, CancellationToken cancellationToken) =>
        QueryAsync(RecordKeys.DatePartition(date), cancellationToken);

    /// <summary>
    /// Open items due before <paramref name="date"/> (overdue), every tenant: one range over the date
    /// partitions, which hold only open items, so it reads the overdue items and nothing else. One request
    /// per 1,000 items.
    /// </summary>
    public async Task<IReadOnlyList<PendingItem>> DueBeforeAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var from = RecordKeys.DatePartition(DateOnly.MinValue);
        var to = RecordKeys.DatePartition(date);
        var items = new List<PendingItem>();
        await foreach (var e in Index.QueryAsync<IndexEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}"), cancellationToken: cancellationToken))
        {
            items.Add(e.ToItem());
        }

        return items;
    }

    /// <summary>
    /// The index writes that take the index from <paramref name="before"/> to <paramref name="after"/>
    /// (null = not open), and the sync marker, added to <paramref name="recordBatch"/>, that stands for
    /// them until they are done.
    /// </summary>
    internal IndexPlan Plan(PartitionBatch recordBatch, PendingItem? before, PendingItem? after, DateTimeOffset now)
    {
        var upserts = after is null ? [] : new[] { IndexEntity.From(after, ByPerson(after)), IndexEntity.From(after, ByDate(after)) };
        var keep = upserts.Select(u => (u.PartitionKey, u.RowKey)).ToHashSet();
        var stale = before is null ? [] : new[] { ByPerson(before), ByDate(before) }.Where(k => !keep.Contains(k)).ToArray();
        if (upserts.Length == 0 && stale.Length == 0)
        {
            return new IndexPlan(recordBatch.PartitionKey, [], [], null);
        }

        var marker = Marker(recordBatch.PartitionKey, (after ?? before)!.Ref, stale, now);
        recordBatch.Add(TableTransactionActionType.Add, marker);
        return new IndexPlan(recordBatch.PartitionKey, upserts, stale, marker.RowKey);
    }

    /// <summary>
    /// The rows of a record just created (whose transaction carried <paramref name="marker"/>, see
    /// <see cref="Marker"/>) or found without them; nothing to remove.
    /// </summary>
    internal static IndexPlan PlanRewrite(string mesaPartition, PendingItem? current, string? marker) =>
        new(mesaPartition, current is null ? [] : [IndexEntity.From(current, ByPerson(current)), IndexEntity.From(current, ByDate(current))], [], marker);

    /// <summary>
    /// Every index change leaves this row in the record's own transaction and deletes it once the index
    /// rows are written, so a process that dies in between leaves it behind: <see cref="IndexSweep"/>
    /// finds it and the repair pass finishes the change. It lists the rows to remove ("Stale").
    /// </summary>
    internal static TableEntity Marker(string mesaPartition, RecordRef record, IEnumerable<(string PartitionKey, string RowKey)> stale, DateTimeOffset now) =>
        new(mesaPartition, RecordKeys.SyncRow(record))
        {
            ["Stale"] = JsonSerializer.Serialize(stale.Select(k => new[] { k.PartitionKey, k.RowKey })),
            [MarkerWrittenAt] = now,
        };

    /// <summary>True when the mesa has an index change older than <paramref name="cutoff"/> still unfinished. One query.</summary>
    internal async Task<bool> HasUnfinishedChangesAsync(Mesa mesa, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await foreach (var marker in Records.QueryAsync<TableEntity>(MarkersOf(RecordKeys.MesaPartition(mesa)), select: [MarkerWrittenAt], cancellationToken: cancellationToken))
        {
            // Markers written before the column existed: the server's own timestamp.
            if ((marker.GetDateTimeOffset(MarkerWrittenAt) ?? marker.Timestamp ?? DateTimeOffset.MinValue) < cutoff)
            {
                return true;
            }
        }

        return false;
    }

    internal const string MarkerWrittenAt = "WrittenAt";

    // The sync markers of one mesa partition: a range of its row keys.
    private static string MarkersOf(string mesaPartition) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {mesaPartition} and RowKey ge {RecordKeys.SyncPrefix} and RowKey lt {RecordKeys.UpperBound(RecordKeys.SyncPrefix)}");

    /// <summary>One request per upserted or deleted index row, plus one to delete the marker.</summary>
    internal async Task ApplyAsync(IndexPlan plan, CancellationToken cancellationToken)
    {
        BeforeIndexWrites?.Invoke();
        foreach (var row in plan.Upserts)
        {
            await Index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }

        foreach (var (partition, row) in plan.Stale)
        {
            await Index.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }

        if (plan.Marker is not null)
        {
            await Records.DeleteEntityAsync(plan.MesaPartition, plan.Marker, ETag.All, cancellationToken);
        }
    }

    /// <summary>
    /// Finishes every interrupted index change of the mesa and rewrites the rows of its open items.
    /// One request for the markers, then one per row written or deleted.
    /// </summary>
    internal async Task<IndexRepairReport> RepairAsync(Mesa mesa, IReadOnlyList<PendingItem> open, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var markers = new List<TableEntity>();
        await foreach (var m in Records.QueryAsync<TableEntity>(MarkersOf(partition), cancellationToken: cancellationToken))
        {
            // The digest's outbox rows share the range (so the sweep finds them) but are DigestOutbox's to finish.
            if (!m.RowKey.StartsWith(RecordKeys.DigestOutboxPrefix, StringComparison.Ordinal))
            {
                markers.Add(m);
            }
        }

        var upserts = open.SelectMany(item => new[] { IndexEntity.From(item, ByPerson(item)), IndexEntity.From(item, ByDate(item)) }).ToList();
        var keep = upserts.Select(u => (u.PartitionKey, u.RowKey)).ToHashSet();
        var stale = markers
            .SelectMany(m => JsonSerializer.Deserialize<string[][]>(m.GetString("Stale")) ?? [])
            .Select(k => (k[0], k[1]))
            .Where(k => !keep.Contains(k))
            .Distinct()
            .ToList();
        foreach (var row in upserts)
        {
            await Index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }

        foreach (var (p, r) in stale)
        {
            await Index.DeleteEntityAsync(p, r, ETag.All, cancellationToken);
        }

        foreach (var m in markers)
        {
            await Records.DeleteEntityAsync(partition, m.RowKey, ETag.All, cancellationToken);
        }

        return new IndexRepairReport(upserts.Count, stale.Count, markers.Count);
    }

    private async Task<IReadOnlyList<PendingItem>> QueryAsync(string partition, CancellationToken cancellationToken)
    {
        var items = new List<PendingItem>();
        await foreach (var e in Index.QueryAsync<IndexEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            items.Add(e.ToItem());
        }

        return items.OrderBy(i => i.DueDate).ThenBy(i => i.MesaCode, StringComparer.Ordinal).ThenBy(i => i.Ref.Kind).ThenBy(i => i.Ref.Number).ToList();
    }

    private static (string PartitionKey, string RowKey) ByPerson(PendingItem item) =>
        (RecordKeys.PersonPartition(item.TenantId, item.Person.ObjectId), RecordKeys.IndexRow(item.TenantId, item.MesaId, item.Ref));

    private static (string PartitionKey, string RowKey) ByDate(PendingItem item) =>
        (RecordKeys.DatePartition(item.DueDate), RecordKeys.IndexRow(item.TenantId, item.MesaId, item.Ref));

    internal sealed record IndexPlan(string MesaPartition, IReadOnlyList<ITableEntity> Upserts, IReadOnlyList<(string PartitionKey, string RowKey)> Stale, string? Marker)
    {
        /// <summary>Requests <see cref="ApplyAsync"/> makes.</summary>
        public int RequestCount => Upserts.Count + Stale.Count + (Marker is null ? 0 : 1);
    }

    private sealed class IndexEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string TenantId { get; set; } = string.Empty;
        public string MesaId { get; set; } = string.Empty;
        public string MesaCode { get; set; } = string.Empty;
        public string Kind { get; set; } = string.Empty;
        public int Number { get; set; }
        public string Text { get; set; } = string.Empty;
        public string DueDate { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public string PersonId { get; set; } = string.Empty;
        public string PersonName { get; set; } = string.Empty;
        public string? PersonTeamsId { get; set; }
        public string? Partner { get; set; }
        public long Revision { get; set; }

        public static IndexEntity From(PendingItem item, (string PartitionKey, string RowKey) key) => new()
        {
            PartitionKey = key.PartitionKey,
            RowKey = key.RowKey,
            TenantId = item.TenantId,
            MesaId = item.MesaId,
            MesaCode = item.MesaCode,
            Kind = item.Ref.Kind.ToString(),
            Number = item.Ref.Number,
            Text = item.Text,
            DueDate = RecordDates.Format(item.DueDate),
            Status = item.Status.ToString(),
            PersonId = item.Person.ObjectId,
            PersonName = item.Person.Name,
            PersonTeamsId = item.Person.TeamsUserId,
            Partner = item.Partner,
            Revision = item.Revision,
        };

        public PendingItem ToItem() => new(
            TenantId,
            MesaId,
            MesaCode,
            new RecordRef(Enum.Parse<RecordKind>(Kind), Number),
            Text,
            RecordDates.Parse(DueDate),
            StoredStatus.Parse(Status),
            new Person(PersonId, PersonName, PersonTeamsId),
            Partner,
            Revision);
    }
}

/// <summary>What a repair pass did: index rows rewritten, stale rows removed, interrupted changes finished.</summary>
public sealed record IndexRepairReport(int RowsWritten, int StaleRowsRemoved, int InterruptedChangesFinished, int DigestEntriesMoved = 0);
