namespace MesaBot.Bot.Chat;

/// <summary>
/// The message activities this host answered lately, bounded by age and by count: Teams resends a
/// message after ~15 s without an answer, so a short window is enough, and a burst of distinct ids
/// (hostile or not) must not grow the host's memory without limit (issue 17). The oldest id goes first.
/// Per host only: a resend reaching another host is answered there again (docs/security.md).
/// </summary>
public sealed class RecentTurns(TimeProvider time, int capacity = RecentTurns.DefaultCapacity, TimeSpan? window = null)
{
    public const int DefaultCapacity = 10_000;

    private readonly TimeSpan _window = window ?? TimeSpan.FromMinutes(2);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>True when the key was seen within the window (a resend); otherwise remembers it.</summary>
    public bool SeenBefore(string key)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Forget(now - _window);
            if (_seen.ContainsKey(key))
            {
                return true;
            }

            while (_seen.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _seen.Remove(oldest.Key);
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return false;
        }
    }

    private void Forget(DateTimeOffset before)
    {
        while (_order.TryPeek(out var oldest) && oldest.At <= before)
        {
            _order.Dequeue();
            _seen.Remove(oldest.Key);
        }
    }
}
