using MesaBot.Protocol.Connector;

namespace MesaBot.Protocol.Routing;

/// <summary>One incoming activity and the means to answer it in its own conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector) : IRoutedTurn
{
    public Activity Activity { get; } = activity;

    public IConnectorClient Connector { get; } = connector;

    /// <summary>The message text with the bot's own @mention removed.</summary>
    public string Text { get; } = MentionText.RemoveRecipientMention(activity);

    /// <summary>Whatever the router matched as the command, and the text after it.</summary>
    public string CommandArguments { get; internal set; } = string.Empty;

    TurnContext IRoutedTurn.Turn => this;

    /// <summary>Posts an activity into the conversation this turn came from (in a channel, into the same thread).</summary>
    public Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.Conversation ??= Activity.Conversation;
        reply.ReplyToId ??= Activity.Id;
        return Connector.SendToConversationAsync(ServiceUrl, ConversationId, reply, cancellationToken);
    }

    /// <summary>Replaces an activity the bot posted earlier in this conversation (a card whose button was pressed).</summary>
    public Task UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        replacement.Id = activityId;
        replacement.Type ??= ActivityTypes.Message;
        return Connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, replacement, cancellationToken);
    }

    private string ServiceUrl =>
        Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to answer to.");

    private string ConversationId =>
        Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation to answer to.");
}
