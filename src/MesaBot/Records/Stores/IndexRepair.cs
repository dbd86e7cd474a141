namespace MesaBot.Records.Stores;

/// <summary>
/// Brings a mesa's person and due-date index rows back in line with its records: finishes changes a
/// crash interrupted (their sync markers) and rewrites the rows of every open item; and moves the digest
/// entries such a change left in its outbox (<see cref="DigestOutbox"/>). Safe to run at any time and more
/// than once; the records are never touched.
/// </summary>
public sealed class IndexRepair(OpenItemStore items, PendingIndex index, DigestOutbox digests)
{
    /// <summary>Four queries, then one request per index row written or removed and per marker finished, two per 100 digest entries.</summary>
    public async Task<IndexRepairReport> RepairIndexesAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var open = new List<PendingItem>();
        foreach (var kind in new[] { RecordKind.ActionItem, RecordKind.Commitment })
        {
            open.AddRange((await items.PendingAsync(mesa, kind, cancellationToken)).Select(i => i.Pending(mesa)!));
        }

        var moved = await digests.MoveLeftoversAsync(mesa, cancellationToken);
        return await index.RepairAsync(mesa, open, cancellationToken) with { DigestEntriesMoved = moved };
    }
}
