using System.Net;
using MesaBot.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace MesaBot.Protocol.Connector;

public static class ConnectorResilience
{
    public const string PipelineName = "connector";

    /// <summary>
    /// Retries what Teams documents as transient for the Connector (429, 412, 502, 503, 504) and network
    /// errors, per Connector host (each region's service URL has its own circuit).
    /// </summary>
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddMesaResilience(PipelineName, sp => sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value, IsTransient)
            .SelectPipelineByAuthority();
        return builder;
    }

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
