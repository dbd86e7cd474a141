using MesaBot.Http;

namespace MesaBot.Protocol.Connector;

/// <summary>The section <c>Bot:ConnectorRetry</c>: the Connector answers a turn, so it is retried sooner than Graph.</summary>
public sealed class ConnectorRetryOptions : ResilienceOptions
{
    public const string Section = "Bot:ConnectorRetry";

    public ConnectorRetryOptions() => BaseDelay = TimeSpan.FromMilliseconds(500);
}
