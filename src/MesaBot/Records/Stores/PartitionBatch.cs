using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// A transaction as Azure accepts it: one partition, at most 100 operations. Azurite takes batches that
/// break both rules, so the rules are enforced here rather than discovered in production.
/// </summary>
internal sealed class PartitionBatch(string partitionKey)
{
    public const int MaxOperations = 100;

    private readonly List<TableTransactionAction> _actions = [];

    public string PartitionKey => partitionKey;

    public int Count => _actions.Count;

    public int Add(TableTransactionActionType type, ITableEntity entity, Azure.ETag etag = default)
    {
        if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"A transaction on partition '{partitionKey}' cannot touch partition '{entity.PartitionKey}'.");
        }

        if (_actions.Count == MaxOperations)
        {
            throw new InvalidOperationException($"A transaction holds at most {MaxOperations} operations.");
        }

        _actions.Add(new TableTransactionAction(type, entity, etag));
        return _actions.Count - 1;
    }

    /// <summary>The rows this transaction writes whose key starts with <paramref name="prefix"/>, in the order added.</summary>
    public IReadOnlyList<ITableEntity> Rows(string prefix) =>
        [.. _actions.Select(a => a.Entity).Where(e => e.RowKey.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>One request; the responses come back in the order the operations were added.</summary>
    public async Task<IReadOnlyList<Azure.Response>> SubmitAsync(TableClient table, CancellationToken cancellationToken) =>
        _actions.Count == 0 ? [] : (await table.SubmitTransactionAsync(_actions, cancellationToken)).Value;
}
