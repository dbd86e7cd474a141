using System.Net;
using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>
/// Bounded retries for Graph's throttling (429, waiting as long as Retry-After says) and server errors
/// (5xx, exponential backoff). It replaces the SDK's own retry handler because delays must come from the
/// injected clock, so tests run them on a fake one.
/// </summary>
internal sealed partial class GraphRetryHandler(TimeProvider time, GraphRetryOptions options, ILogger<GraphRetryHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await BufferContentAsync(request, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsTransient(response.StatusCode) || attempt >= options.MaxAttempts)
            {
                return response;
            }

            var delay = DelayBefore(attempt, response);
            Log.Retrying(logger, request.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode,
                GraphHeaders.RequestId(response), GraphHeaders.ClientRequestId(request, response), delay, attempt);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && status != HttpStatusCode.NotImplemented);

    private TimeSpan DelayBefore(int attempt, HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var told = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : (TimeSpan?)null);
        var backoff = options.BaseDelay * Math.Pow(2, attempt - 1);
        var delay = told is { } t && t >= TimeSpan.Zero ? t : backoff;
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }

    // The SDK writes bodies as streams; bytes can be sent again on the next attempt.
    private static async Task BufferContentAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null or ByteArrayContent)
        {
            return;
        }

        var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var buffered = new ByteArrayContent(bytes);
        foreach (var header in request.Content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Content = buffered;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
            Message = "Graph {Method} {Path} answered {Status} (request-id {RequestId}, client-request-id {ClientRequestId}); retrying in {Delay} (attempt {Attempt})")]
        public static partial void Retrying(ILogger logger, HttpMethod method, string? path, int status, string? requestId, string? clientRequestId, TimeSpan delay, int attempt);
    }
}
