using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// A mesa's open tareas and compromisos together, in one request: both kinds keep a copy of each open
/// item under "open|T|…" and "open|C|…" in the mesa's partition, so one range query over "open|" reads
/// exactly the open items and nothing of the history. This is what `pendientes` and `resumen` read.
/// </summary>
public sealed class OpenItemsQuery(RecordWriter writer)
{
    private const string OpenPrefix = "open|";

    public async Task<OpenItems> ReadAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var tasks = new List<ActionItem>();
        var commitments = new List<Commitment>();
        await foreach (var row in writer.Table.QueryAsync<OpenRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {OpenPrefix} and RowKey lt {RecordKeys.UpperBound(OpenPrefix)}"),
            cancellationToken: cancellationToken))
        {
            if (row.RowKey.StartsWith(RecordKeys.OpenPrefix(RecordKind.ActionItem), StringComparison.Ordinal))
            {
                tasks.Add(row.ToActionItem());
            }
            else if (row.RowKey.StartsWith(RecordKeys.OpenPrefix(RecordKind.Commitment), StringComparison.Ordinal))
            {
                commitments.Add(row.ToCommitment());
            }
        }

        return new OpenItems(
            [.. tasks.OrderBy(i => i.DueDate).ThenBy(i => i.Number)],
            [.. commitments.OrderBy(c => c.DueDate).ThenBy(c => c.Number)]);
    }

    /// <summary>The union of the two kinds' columns; each row fills the half that belongs to its kind.</summary>
    private sealed class OpenRow : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public int Number { get; set; }
        public string Text { get; set; } = string.Empty;
        public string DueDate { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public string CreatedById { get; set; } = string.Empty;
        public string CreatedByName { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public long Revision { get; set; }

        public string OwnerId { get; set; } = string.Empty;
        public string OwnerName { get; set; } = string.Empty;
        public string? OwnerTeamsId { get; set; }
        public int? AgreementNumber { get; set; }

        public string Partner { get; set; } = string.Empty;
        public string? ContactName { get; set; }
        public string? ContactEmail { get; set; }
        public string FollowerId { get; set; } = string.Empty;
        public string FollowerName { get; set; } = string.Empty;
        public string? FollowerTeamsId { get; set; }

        // Open rows are never completed, so completion fields are always empty here.
        public ActionItem ToActionItem() => new(
            Number, Text, new Person(OwnerId, OwnerName, OwnerTeamsId), RecordDates.Parse(DueDate), Enum.Parse<ItemStatus>(Status),
            AgreementNumber, new Person(CreatedById, CreatedByName), CreatedAt, null, null, Revision.ToString());

        public Commitment ToCommitment() => new(
            Number, Partner, ContactName, ContactEmail, Text, RecordDates.Parse(DueDate), Enum.Parse<ItemStatus>(Status),
            new Person(FollowerId, FollowerName, FollowerTeamsId), new Person(CreatedById, CreatedByName), CreatedAt, null, null, Revision.ToString());
    }
}

public sealed record OpenItems(IReadOnlyList<ActionItem> ActionItems, IReadOnlyList<Commitment> Commitments);
