using System.Net;

namespace MesaBot.Http;

/// <summary>
/// Bounded retries of the statuses a service calls transient: waiting exactly as long as Retry-After says
/// ("0" means now), else backing off exponentially up to a cap. Delays come from the injected clock, so
/// tests run them on a fake one. Request bodies are buffered first, so every attempt sends the same bytes.
/// </summary>
public abstract class BoundedRetryHandler(TimeProvider time, RetryOptions options) : DelegatingHandler
{
    protected abstract bool IsTransient(HttpStatusCode status);

    /// <summary>Called before each wait, e.g. to log the service's request id.</summary>
    protected virtual void OnRetrying(HttpRequestMessage request, HttpResponseMessage response, TimeSpan delay, int attempt)
    {
    }

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
            OnRetrying(request, response, delay, attempt);
            response.Dispose();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private TimeSpan DelayBefore(int attempt, HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var told = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : (TimeSpan?)null);
        var delay = told is { } t ? (t > TimeSpan.Zero ? t : TimeSpan.Zero) : options.BaseDelay * Math.Pow(2, attempt - 1);
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }

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
}
