using System.Net;

namespace MesaBot.Protocol.Connector;

/// <summary>A Connector call that failed after its retries; carries what Teams said.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? errorCode, string message)
    : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The user blocked the bot or the bot left the conversation: retrying cannot help.</summary>
    public bool IsRecipientUnreachable =>
        Status == HttpStatusCode.Forbidden
        && ErrorCode is "MessageWritesBlocked" or "BotNotInConversationRoster" or "ConversationBlockedByUser";
}
