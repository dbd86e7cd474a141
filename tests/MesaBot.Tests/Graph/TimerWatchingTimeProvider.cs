using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Graph;

/// <summary>
/// A fake clock that tells when code under test starts waiting on it, so a test advances time only once
/// the wait exists (advancing earlier would push the wait's deadline along with it).
/// </summary>
internal sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly SemaphoreSlim _timers = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Release();
        return timer;
    }

    public async Task WaitForTimerAsync()
    {
        Assert.True(await _timers.WaitAsync(TimeSpan.FromSeconds(10)), "no wait started on the clock");
    }
}
