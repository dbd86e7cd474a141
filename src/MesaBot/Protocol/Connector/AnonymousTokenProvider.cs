namespace MesaBot.Protocol.Connector;

/// <summary>Used only in Development without an app id: the local Playground's connector asks for no token.</summary>
internal sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
