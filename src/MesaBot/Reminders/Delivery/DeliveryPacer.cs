using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Keeps this host under Teams' limits: per conversation N per second and M per hour, per tenant K per
/// second (all configuration). <see cref="Reserve"/> books the earliest allowed instant and says how long
/// to wait for it; the worker waits on the injected <see cref="TimeProvider"/>, posts, and then disposes the
/// booking. The per-tenant budget is shared: with <see cref="LiveHosts"/> each host takes limit / live hosts
/// (docs/reminders.md). A conversation's limits stay per host: one job is handed to one host at a time (ledger ETag).
/// <para>
/// A post reaches Teams some time between its start and its answer, so a booking counts as if it arrived at
/// the latest moment it can have: now, while it is in flight, and the moment its answer came back once it is
/// disposed. Counting bookings at their start instead let the first posts of a drain, slow on a cold client,
/// arrive together with the next second's (116 in one second at 100 a second, docs/benchmarks.md "Session 13").
/// This bounds every second of arrivals by the share while the sends booked and not yet back are fewer than the
/// share (`DeliveriesInFlight` per worker, 8, against 50 a second): a booking then never lies a second or more
/// ahead, so every post still in flight is inside its window.
/// </para>
/// </summary>
public sealed class DeliveryPacer(TimeProvider time, IOptions<ReminderOptions> options, LiveHosts? hosts = null)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    // The tenant's second, measured between answers and starts, plus what the clocks leave out: a timer fires up to
    // a few milliseconds early (the runtime's coarse tick), and a post arrives a millisecond or so before its answer.
    // Without it, whole bursts of the share met across the second's edge (105-112 a second at 100, Session 13).
    internal static readonly TimeSpan TenantWindow = TimeSpan.FromMilliseconds(1020);

    // Conversations the pacer remembers before it forgets those with nothing left in their hour (a host reminds
    // a few thousand people; this keeps the map bounded by count, not only by time).
    internal const int ConversationsKept = 4096;

    private readonly Lock _gate = new();
    private DateTimeOffset _forgotAt = DateTimeOffset.MinValue;
    private readonly Dictionary<string, List<PacedSend>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PacedSend>> _tenants = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Books a send at this host's share of the tenant budget (one host when none is shared).</summary>
    public async Task<PacedSend> ReserveAsync(string conversationId, string tenantId, CancellationToken cancellationToken)
    {
        if (hosts is null)
        {
            return Reserve(conversationId, tenantId);
        }

        var count = await hosts.CountAsync(cancellationToken);
        return Reserve(conversationId, tenantId, count, hosts.Settled);
    }

    public PacedSend Reserve(string conversationId, string tenantId) => Reserve(conversationId, tenantId, 1, DateTimeOffset.MinValue);

    private PacedSend Reserve(string conversationId, string tenantId, int hostCount, DateTimeOffset notBefore)
    {
        var o = options.Value;
        var tenantShare = Math.Max(1, o.PerTenantPerSecond / hostCount);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            // At most once a minute: with more conversations than that inside their hour, every send would sweep them all.
            if (_conversations.Count >= ConversationsKept && now - _forgotAt >= TimeSpan.FromMinutes(1))
            {
                Forget(_conversations, now - Hour);
                _forgotAt = now;
            }

            var sent = Window(_conversations, conversationId, now - Hour);
            var tenant = Window(_tenants, tenantId, now - TenantWindow);
            var at = Max(now, notBefore);
            at = Max(at, EarliestAfter(sent, now, at, Second, o.PerConversationPerSecond));
            at = Max(at, EarliestAfter(sent, now, at, Hour, o.PerConversationPerHour));
            at = Max(at, EarliestAfter(tenant, now, at, TenantWindow, tenantShare));
            var send = new PacedSend(this, at, at - now);
            sent.Add(send);
            tenant.Add(send);
            return send;
        }
    }

    internal void Finish(PacedSend send)
    {
        lock (_gate)
        {
            send.Finish(time.GetUtcNow());
        }
    }

    // The earliest instant ≥ at when fewer than `limit` bookings count inside the window ending there. Every booking
    // after the window's start counts, later ones too, so an instant later than the answer keeps the rule: the
    // rules can be applied one after another.
    private static DateTimeOffset EarliestAfter(List<PacedSend> booked, DateTimeOffset now, DateTimeOffset at, TimeSpan window, int limit)
    {
        var inWindow = booked.Select(b => b.CountsAt(now)).Where(b => b > at - window).Order().ToList();
        return inWindow.Count < limit ? at : inWindow[inWindow.Count - limit] + window;
    }

    // A booking in flight stays whatever its age: it may still arrive now.
    private static List<PacedSend> Window(Dictionary<string, List<PacedSend>> all, string key, DateTimeOffset since)
    {
        if (!all.TryGetValue(key, out var bookings))
        {
            all[key] = bookings = [];
        }

        bookings.RemoveAll(b => b.BackBy(since));
        return bookings;
    }

    private static void Forget(Dictionary<string, List<PacedSend>> all, DateTimeOffset since)
    {
        foreach (var (key, bookings) in all)
        {
            bookings.RemoveAll(b => b.BackBy(since));
            if (bookings.Count == 0)
            {
                all.Remove(key);
            }
        }
    }

    /// <summary>For tests: how many conversations the pacer holds bookings for.</summary>
    internal int ConversationsTracked
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    internal static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>
/// One booked send: wait <see cref="Wait"/>, post, then dispose as soon as the answer (or the failure) is back,
/// so the pacer counts the post where it may have reached Teams. Disposing without posting (cancelled) only frees it.
/// </summary>
public sealed class PacedSend : IDisposable
{
    private readonly DeliveryPacer _pacer;

    internal PacedSend(DeliveryPacer pacer, DateTimeOffset at, TimeSpan wait)
    {
        _pacer = pacer;
        At = at;
        Wait = wait;
    }

    /// <summary>How long to wait before posting.</summary>
    public TimeSpan Wait { get; }

    /// <summary>The booked instant; once finished, when the post came back (never earlier than booked).</summary>
    internal DateTimeOffset At { get; private set; }

    internal bool InFlight { get; private set; } = true;

    /// <summary>Where the pacer counts this send: at the present while in flight, else when it came back.</summary>
    internal DateTimeOffset CountsAt(DateTimeOffset now) => InFlight ? DeliveryPacer.Max(now, At) : At;

    /// <summary>Back from its post at or before <paramref name="since"/>: outside every window that starts later.</summary>
    internal bool BackBy(DateTimeOffset since) => !InFlight && At <= since;

    public void Dispose() => _pacer.Finish(this);

    // Under the pacer's lock.
    internal void Finish(DateTimeOffset now)
    {
        if (InFlight)
        {
            At = DeliveryPacer.Max(now, At);
            InFlight = false;
        }
    }
}
