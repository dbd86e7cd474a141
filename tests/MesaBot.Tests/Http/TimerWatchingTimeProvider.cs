using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Http;

/// <summary>
/// A fake clock that tells when code under test starts waiting on it, so a test advances time only once
/// the wait exists (advancing earlier would push the wait's deadline along with it). Waits are told apart
/// by their due time: the resilience pipeline also arms its timeouts on the same clock.
/// </summary>
internal sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<TimeSpan> _dueTimes = [];
    private readonly SemaphoreSlim _created = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_dueTimes)
        {
            _dueTimes.Add(dueTime);
        }

        _created.Release();
        return timer;
    }

    /// <summary>Waits until a timer due in exactly <paramref name="dueTime"/> has been created, and consumes it.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!TryConsume(dueTime))
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero && await _created.WaitAsync(left), $"no wait of {dueTime} started on the clock");
        }
    }

    private bool TryConsume(TimeSpan dueTime)
    {
        lock (_dueTimes)
        {
            return _dueTimes.Remove(dueTime);
        }
    }
}
