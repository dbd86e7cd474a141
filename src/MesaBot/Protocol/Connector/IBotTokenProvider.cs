namespace MesaBot.Protocol.Connector;

/// <summary>Bearer tokens for calls to the Bot Connector; null when the bot runs without credentials (local Playground).</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
