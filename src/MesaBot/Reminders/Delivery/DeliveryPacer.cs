using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Keeps this host under Teams' limits: per conversation N per second and M per hour, per tenant K per
/// second (all configuration). <see cref="Reserve"/> books the earliest allowed instant and says how long
/// to wait for it; the worker waits on the injected <see cref="TimeProvider"/>. The per-tenant budget is
/// shared: with <see cref="LiveHosts"/> each host takes limit / live hosts (docs/reminders.md). A
/// conversation's limits stay per host: one job is handed to one host at a time (ledger ETag).
/// </summary>
public sealed class DeliveryPacer(TimeProvider time, IOptions<ReminderOptions> options, LiveHosts? hosts = null)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _tenants = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Books a send at this host's share of the tenant budget (one host when none is shared).</summary>
    public async Task<TimeSpan> ReserveAsync(string conversationId, string tenantId, CancellationToken cancellationToken)
    {
        if (hosts is null)
        {
            return Reserve(conversationId, tenantId);
        }

        var count = await hosts.CountAsync(cancellationToken);
        return Reserve(conversationId, tenantId, count, hosts.Settled);
    }

    public TimeSpan Reserve(string conversationId, string tenantId) => Reserve(conversationId, tenantId, 1, DateTimeOffset.MinValue);

    private TimeSpan Reserve(string conversationId, string tenantId, int hostCount, DateTimeOffset notBefore)
    {
        var o = options.Value;
        var tenantShare = Math.Max(1, o.PerTenantPerSecond / hostCount);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var sent = Window(_conversations, conversationId, now - Hour);
            var tenant = Window(_tenants, tenantId, now - Second);
            var at = Max(now, notBefore);
            at = Max(at, EarliestAfter(sent, at, Second, o.PerConversationPerSecond));
            at = Max(at, EarliestAfter(sent, at, Hour, o.PerConversationPerHour));
            at = Max(at, EarliestAfter(tenant, at, Second, tenantShare));
            sent.Enqueue(at);
            tenant.Enqueue(at);
            return at - now;
        }
    }

    // The earliest instant ≥ at when fewer than `limit` bookings fall inside the window ending there.
    private static DateTimeOffset EarliestAfter(Queue<DateTimeOffset> booked, DateTimeOffset at, TimeSpan window, int limit)
    {
        var inWindow = booked.Where(b => b > at - window).OrderBy(b => b).ToList();
        return inWindow.Count < limit ? at : inWindow[inWindow.Count - limit] + window;
    }

    private static Queue<DateTimeOffset> Window(Dictionary<string, Queue<DateTimeOffset>> all, string key, DateTimeOffset since)
    {
        if (!all.TryGetValue(key, out var queue))
        {
            all[key] = queue = new Queue<DateTimeOffset>();
        }

        while (queue.Count > 0 && queue.Peek() <= since)
        {
            queue.Dequeue();
        }

        return queue;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
