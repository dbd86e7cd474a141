using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// The append-only history. Lines are written by the stores inside the same transaction as the change
/// they describe (so a change without its line, or a line without its change, cannot exist); this
/// class only shapes them and reads them back.
/// </summary>
public sealed class AuditLog(Storage.TableStorage storage)
{
    /// <summary>History of one record, oldest first. One request.</summary>
    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(Mesa mesa, RecordRef record, CancellationToken cancellationToken) =>
        ReadAsync(storage.Table(RecordKeys.RecordsTable), RecordKeys.MesaPartition(mesa), RecordKeys.LogPrefix(record), cancellationToken);

    /// <summary>
    /// The history of every acuerdo, tarea and compromiso of the mesa, oldest first, by subject ("T-34"). One query
    /// over the partition's log rows (paged by the SDK), for the records export instead of one request per record.
    /// </summary>
    public async Task<ILookup<string, AuditEntry>> RecordsHistoryAsync(Mesa mesa, CancellationToken cancellationToken) =>
        (await ReadAsync(storage.Table(RecordKeys.RecordsTable), RecordKeys.MesaPartition(mesa), RecordKeys.RecordLogsPrefix, cancellationToken))
            .ToLookup(e => e.Subject, StringComparer.Ordinal);

    /// <summary>History of session <paramref name="number"/> (opened, closed, attendance, acta approvals with the file's SHA-256), oldest first. One request.</summary>
    public Task<IReadOnlyList<AuditEntry>> SessionHistoryAsync(Mesa mesa, int number, CancellationToken cancellationToken) =>
        ReadAsync(storage.Table(RecordKeys.RecordsTable), RecordKeys.MesaPartition(mesa), RecordKeys.SessionLogPrefix(number), cancellationToken);

    /// <summary>History of the mesa itself (coordinators, links, rename, archive), oldest first. One request.</summary>
    public Task<IReadOnlyList<AuditEntry>> MesaHistoryAsync(Mesa mesa, CancellationToken cancellationToken) =>
        ReadAsync(storage.Table(RecordKeys.MesasTable), RecordKeys.TenantPartition(mesa.TenantId), RecordKeys.MesaLogPrefix(mesa.Id), cancellationToken);

    internal static void Append(PartitionBatch batch, string rowPrefix, long revision, string subject, IReadOnlyList<AuditChange> changes, Person by, DateTimeOffset at)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            batch.Add(TableTransactionActionType.Add, new AuditEntity
            {
                PartitionKey = batch.PartitionKey,
                RowKey = RecordKeys.LogRow(rowPrefix, revision, i),
                Subject = subject,
                Action = changes[i].Action.ToString(),
                ById = by.ObjectId,
                ByName = by.Name,
                At = at,
                OldValue = changes[i].OldValue,
                NewValue = changes[i].NewValue,
                OldId = changes[i].OldPersonId,
                NewId = changes[i].NewPersonId,
            });
        }
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadAsync(TableClient table, string partition, string prefix, CancellationToken cancellationToken)
    {
        var upper = RecordKeys.UpperBound(prefix);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}");
        var entries = new List<AuditEntry>();
        await foreach (var e in table.QueryAsync<AuditEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(e.Subject, Enum.Parse<AuditAction>(e.Action), new Person(e.ById, e.ByName), e.At, e.OldValue, e.NewValue)
            {
                Revision = RevisionOf(e.RowKey, prefix.Length),
                OldPersonId = e.OldId,
                NewPersonId = e.NewId,
            });
        }

        return entries;
    }

    // The row key is prefix + ten-digit revision + "|" + sequence (RecordKeys.LogRow).
    private static long RevisionOf(string rowKey, int prefixLength) =>
        rowKey.Length >= prefixLength + 10 && long.TryParse(rowKey.AsSpan(prefixLength, 10), out var revision) ? revision : 0;

    private sealed class AuditEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string Subject { get; set; } = string.Empty;
        public string Action { get; set; } = string.Empty;
        public string ById { get; set; } = string.Empty;
        public string ByName { get; set; } = string.Empty;
        public DateTimeOffset At { get; set; }
        public string? OldValue { get; set; }
        public string? NewValue { get; set; }

        // Only on a change of the accountable person; older lines have neither.
        public string? OldId { get; set; }
        public string? NewId { get; set; }
    }
}
