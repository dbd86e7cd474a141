using System.Net;

namespace MesaBot.Protocol.Connector;

/// <summary>
/// Bounded retries for the statuses Teams documents as transient: 429 (waiting as long as Retry-After
/// says), 412, 502, 503 and 504 (exponential backoff). Time comes from the injected clock.
/// </summary>
internal sealed class ConnectorRetryHandler(TimeProvider time, ConnectorRetryOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsTransient(response.StatusCode) || attempt >= options.MaxAttempts)
            {
                return response;
            }

            var delay = DelayBefore(attempt, response);
            response.Dispose();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan DelayBefore(int attempt, HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var told = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : (TimeSpan?)null);
        var backoff = options.BaseDelay * Math.Pow(2, attempt - 1);
        // Retry-After is honoured to the letter, including "0" (retry now); without it, back off.
        var delay = told is { } t ? (t > TimeSpan.Zero ? t : TimeSpan.Zero) : backoff;
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }
}

public sealed class ConnectorRetryOptions
{
    public int MaxAttempts { get; set; } = 4;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);
}
