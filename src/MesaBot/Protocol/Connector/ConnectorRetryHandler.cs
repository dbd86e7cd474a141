using System.Net;
using MesaBot.Http;

namespace MesaBot.Protocol.Connector;

/// <summary>The statuses Teams documents as transient for the Connector: 429, 412, 502, 503 and 504.</summary>
internal sealed class ConnectorRetryHandler(TimeProvider time, ConnectorRetryOptions options) : BoundedRetryHandler(time, options)
{
    protected override bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}

public sealed class ConnectorRetryOptions : RetryOptions
{
    public ConnectorRetryOptions() => BaseDelay = TimeSpan.FromMilliseconds(500);
}
