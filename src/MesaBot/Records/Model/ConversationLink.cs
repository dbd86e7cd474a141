namespace MesaBot.Records;

public enum ConversationKind
{
    /// <summary>A team channel: every post in it arrives as its own "channel;messageid=…" conversation.</summary>
    Channel,
    GroupChat,
}

/// <summary>A Teams conversation whose messages belong to a mesa, keyed by channel id or group chat id.</summary>
public sealed record ConversationLink(string Key, ConversationKind Kind)
{
    /// <summary>
    /// The link key of any conversation id: a channel thread ("19:…@thread.tacv2;messageid=123") maps to
    /// its channel, so a mesa linked once answers in every thread of the channel.
    /// </summary>
    public static string KeyOf(string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var cut = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut < 0 ? conversationId : conversationId[..cut];
    }
}
