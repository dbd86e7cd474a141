namespace MesaBot.Http;

/// <summary>
/// The wait a Retry-After header asks for, capped. Ours rather than the library's <c>ShouldRetryAfterHeader</c>,
/// which reads an HTTP-date against <see cref="TimeProvider.System"/> (not the injected clock, so a fake clock
/// cannot drive it) and lets the header exceed <c>MaxDelay</c> (Polly caps only its own backoff).
/// </summary>
public static class RetryAfterDelay
{
    /// <returns>Seconds or a date turned into a wait ("0" or a past date: now), at most <paramref name="maxDelay"/>;
    /// null without the header, so the strategy backs off exponentially.</returns>
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider time, TimeSpan maxDelay)
    {
        var header = response?.Headers.RetryAfter;
        var told = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return told is { } wait ? TimeSpan.FromTicks(Math.Clamp(wait.Ticks, 0, maxDelay.Ticks)) : null;
    }
}
