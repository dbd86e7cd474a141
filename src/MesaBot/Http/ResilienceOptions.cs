namespace MesaBot.Http;

/// <summary>
/// How many times, how patiently and for how long a call to a remote service is tried (the sections
/// <c>Bot:ConnectorRetry</c> and <c>Graph:Retry</c>); <see cref="ResilientHttpClientBuilderExtensions"/> maps
/// it onto the library's strategies. Every duration runs on the injected <see cref="TimeProvider"/>.
/// </summary>
public class ResilienceOptions
{
    public const string Rules = "MaxAttempts ≥ 1; delays ≥ 0 (MaxDelay ≤ 1 day); AttemptTimeout ≥ 10 ms; "
        + "AttemptTimeout ≤ TotalTimeout ≤ 1 day; CircuitBreaker: FailureRatio in (0, 1], MinimumThroughput ≥ 2, "
        + "SamplingDuration and BreakDuration ≥ 500 ms.";

    public int MaxAttempts { get; set; } = 4;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
    public BreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Within the library's own ranges, so a wrong value stops the host at start-up, not the first call.</summary>
    public bool IsValid =>
        MaxAttempts >= 1
        && BaseDelay >= TimeSpan.Zero && MaxDelay >= TimeSpan.Zero && MaxDelay <= TimeSpan.FromDays(1)
        && AttemptTimeout >= TimeSpan.FromMilliseconds(10) && TotalTimeout >= AttemptTimeout && TotalTimeout <= TimeSpan.FromDays(1)
        && CircuitBreaker.IsValid;
}

/// <summary>When the circuit opens: enough server failures (not throttling) within the sampling window.</summary>
public sealed class BreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;
    public int MinimumThroughput { get; set; } = 20;
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsValid =>
        FailureRatio is > 0 and <= 1 && MinimumThroughput >= 2
        && SamplingDuration >= TimeSpan.FromMilliseconds(500) && BreakDuration >= TimeSpan.FromMilliseconds(500);
}
