using Azure.Data.Tables;
using MesaBot.Storage;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// How many hosts are delivering now, so each takes an equal share of the per-tenant budget. Each host
/// upserts its heartbeat row and reads the one partition at most every <see cref="Refresh"/> (2 requests
/// per host per second while it delivers, none when idle); a row not renewed for <see cref="Expiry"/> is a host
/// that stopped. A host that has just joined is not <see cref="Settled"/> until every other host has had
/// time to count it (one refresh, plus a second of booking ahead and the one-second window): until then it must not send.
/// A host that joins and counts no other is settled at once: there is no one to shrink a share (the Monday
/// burst on one instance starts on time). Two hosts joining together cannot both count themselves alone: each
/// upserts before it reads, so the later read sees both rows, and that host waits.
/// </summary>
public sealed class LiveHosts(TableStorage storage, TimeProvider time)
{
    public const string TableName = "deliveryhosts";
    // Every second, so a newcomer waits 3 s rather than 7 s when the hour's reminders wake two hosts together
    // (27.5 s for 2,000 reminders at 100/s on two hosts with 5 s, docs/benchmarks.md "Session 13"); 2 requests a
    // second against the 100 posts a second it paces.
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(15);
    private const string Partition = "hosts";

    // A booking made with the old count is sent up to a second later, and fills the second after it.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _settled = DateTimeOffset.MaxValue;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private bool _joining = true;
    private int _count = 1;

    /// <summary>The first instant this host may send at its share; never before its first count.</summary>
    public DateTimeOffset Settled => _settled;

    /// <summary>The live hosts, this one included, read again when the last count is older than <see cref="Refresh"/>.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (now - _readAt < Refresh)
            {
                return _count;
            }

            // A host idle for longer than the expiry was forgotten by the others: it joins again.
            _joining |= now - _readAt > Expiry;
            var table = storage.Table(TableName);
            await table.UpsertEntityAsync(new TableEntity(Partition, _id) { ["SeenAt"] = now }, TableUpdateMode.Replace, cancellationToken);
            var live = 0;
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), select: ["SeenAt"], cancellationToken: cancellationToken))
            {
                if (row.GetDateTimeOffset("SeenAt") is { } seen && seen > now - Expiry)
                {
                    live++;
                }
            }

            _count = Math.Max(1, live);
            _readAt = now;
            if (_joining)
            {
                _settled = _count == 1 ? now : now + Refresh + Margin;
                _joining = false;
            }

            return _count;
        }
        finally
        {
            _gate.Release();
        }
    }
}
