using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Keeps this host under Teams' limits: per conversation N per second and M per hour, per tenant K per
/// second (all configuration). <see cref="Reserve"/> books the earliest allowed instant and says how long
/// to wait for it; the worker waits on the injected <see cref="TimeProvider"/>. Limits are per host: with
/// several hosts, divide them (docs/reminders.md).
/// </summary>
public sealed class DeliveryPacer(TimeProvider time, IOptions<ReminderOptions> options)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _tenants = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Reserve(string conversationId, string tenantId)
    {
        var o = options.Value;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var sent = Window(_conversations, conversationId, now - Hour);
            var tenant = Window(_tenants, tenantId, now - Second);
            var at = now;
            at = Max(at, EarliestAfter(sent, at, Second, o.PerConversationPerSecond));
            at = Max(at, EarliestAfter(sent, at, Hour, o.PerConversationPerHour));
            at = Max(at, EarliestAfter(tenant, at, Second, o.PerTenantPerSecond));
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
