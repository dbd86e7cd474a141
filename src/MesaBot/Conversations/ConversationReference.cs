using MesaBot.Protocol;

namespace MesaBot.Conversations;

/// <summary>
/// Everything needed to post into a conversation later (reminders, digests). A team channel is one
/// conversation whatever thread a message came from, so its key is the channel id, without the
/// ";messageid=" suffix Teams adds for each thread.
/// </summary>
public sealed record ConversationReference(
    string TenantId,
    string ConversationId,
    string ConversationType,
    string ServiceUrl,
    string? BotId,
    string? TeamId,
    string? ChannelId)
{
    public string Key => ChannelId ?? ConversationId;

    /// <summary>In a personal chat, the Entra object id of the person the bot talks to (for reminders).</summary>
    public string? UserObjectId { get; init; }

    public static ConversationReference? From(Activity activity)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        var channelData = activity.GetTeamsChannelData();
        var type = activity.Conversation.ConversationType ?? (channelData?.Channel is null ? "personal" : "channel");
        // In a team, the "conversation" of the install event is the General channel; a thread is channel;messageid=…
        var channelId = type == "channel" ? channelData?.Channel?.Id ?? ThreadRoot(conversationId) : null;
        return new ConversationReference(
            activity.GetTenantId() ?? "unknown-tenant",
            type == "channel" ? ThreadRoot(conversationId) : conversationId,
            type,
            serviceUrl,
            activity.Recipient?.Id,
            channelData?.Team?.Id,
            channelId)
        {
            UserObjectId = type == "personal" ? activity.From?.AadObjectId : null,
        };
    }

    private static string ThreadRoot(string conversationId)
    {
        var cut = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut < 0 ? conversationId : conversationId[..cut];
    }
}
