using Azure.Data.Tables;

namespace MesaBot.Storage;

/// <summary>
/// A filter for several rows of one partition: "PartitionKey eq p and (RowKey eq a or RowKey eq b …)". Azure
/// Tables allows at most 15 comparisons in a filter, so one filter names at most <see cref="MaxRows"/> rows;
/// callers chunk. One such query replaces that many point reads (at the price of a scan of the partition).
/// </summary>
public static class RowSetFilter
{
    public const int MaxRows = 14;

    public static string Of(string partitionKey, IReadOnlyCollection<string> rowKeys)
    {
        if (rowKeys.Count is 0 or > MaxRows)
        {
            throw new ArgumentOutOfRangeException(nameof(rowKeys), rowKeys.Count, $"Between 1 and {MaxRows} rows per filter.");
        }

        var rows = string.Join(" or ", rowKeys.Select(r => TableClient.CreateQueryFilter($"RowKey eq {r}")));
        return $"{TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")} and ({rows})";
    }
}
