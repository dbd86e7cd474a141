using System.Net;
using MesaBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MesaBot.Http;

public static class ResilientHttpClientBuilderExtensions
{
    /// <summary>
    /// The library's resilience handler for one remote service, in the standard order: a total timeout, bounded
    /// retries (exponential backoff without jitter, capped; Retry-After honoured), a circuit breaker, and a
    /// timeout per attempt. Network errors and attempt timeouts are retried like the transient statuses.
    /// Each attempt's 429 is counted (<see cref="MesaMetrics.Throttled"/>, tagged with <paramref name="name"/>).
    /// </summary>
    public static IHttpResiliencePipelineBuilder AddMesaResilience(
        this IHttpClientBuilder builder,
        string name,
        Func<IServiceProvider, ResilienceOptions> options,
        Func<HttpStatusCode, bool> isTransient,
        Func<IServiceProvider, Func<OnRetryArguments<HttpResponseMessage>, ValueTask>>? onRetry = null)
    {
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<MesaMetrics>();
        builder.AddHttpMessageHandler(() => new RejectionAsHttpRequestException());
        var resilience = builder.AddResilienceHandler(name, (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var o = options(services);
            var time = services.GetRequiredService<TimeProvider>();
            // Polly's DI registration takes a registered TimeProvider too; set here so that every wait and
            // timeout is on the injected clock whatever registers what (tests drive a fake one).
            pipeline.TimeProvider = time;
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Total", Timeout = o.TotalTimeout });
            if (o.MaxAttempts > 1)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    // Deterministic waits: the tests assert them, and Retry-After already spreads throttled callers.
                    UseJitter = false,
                    Delay = o.BaseDelay,
                    MaxDelay = o.MaxDelay,
                    ShouldRetryAfterHeader = false,
                    DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, time, o.MaxDelay)),
                    ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome, isTransient)),
                    OnRetry = onRetry?.Invoke(services),
                });
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = o.CircuitBreaker.FailureRatio,
                MinimumThroughput = o.CircuitBreaker.MinimumThroughput,
                SamplingDuration = o.CircuitBreaker.SamplingDuration,
                BreakDuration = o.CircuitBreaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome, isTransient)),
            });
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Attempt", Timeout = o.AttemptTimeout });
        });
        builder.AddHttpMessageHandler(sp => new ThrottledResponseCounter(sp.GetRequiredService<MesaMetrics>(), name));
        return resilience;
    }

    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome, Func<HttpStatusCode, bool> isTransient) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && isTransient(response.StatusCode));

    // Throttling (429) and 412 are the service pacing us, answered by Retry-After: they must not open the
    // circuit, or a reminders fan-out under throttling would fail every send for the break.
    private static bool IsServerFailure(Outcome<HttpResponseMessage> outcome, Func<HttpStatusCode, bool> isTransient) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError } response && isTransient(response.StatusCode));
}
