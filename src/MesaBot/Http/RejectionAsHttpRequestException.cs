using Polly;

namespace MesaBot.Http;

/// <summary>
/// Outside the resilience handler: a call the pipeline gave up on (timed out, circuit open) surfaces as the
/// <see cref="HttpRequestException"/> every caller already treats as "the service could not be reached",
/// so no caller needs to know Polly's exception types.
/// </summary>
internal sealed class RejectionAsHttpRequestException : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (ExecutionRejectedException ex)
        {
            throw new HttpRequestException($"{request.Method} {request.RequestUri?.Host}: {ex.Message}", ex);
        }
    }
}
