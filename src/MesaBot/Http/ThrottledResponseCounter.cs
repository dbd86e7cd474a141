using System.Net;
using MesaBot.Telemetry;

namespace MesaBot.Http;

/// <summary>
/// Inside the resilience handler, so every attempt's 429 is counted, the retried ones and the last one alike:
/// how often a service pushes back is the figure that says when to slow the fan-out down.
/// </summary>
internal sealed class ThrottledResponseCounter(MesaMetrics metrics, string service) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            metrics.Throttled(service);
        }

        return response;
    }
}
