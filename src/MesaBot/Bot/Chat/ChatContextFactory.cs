using MesaBot.Graph;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;
using Microsoft.Extensions.Caching.Memory;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Builds a turn's <see cref="ChatContext"/> once, before routing: the speaker, and the conversation's
/// mesa in one point read (none in a personal chat). The roster is left for the handler to ask for.
/// </summary>
public sealed class ChatContextFactory(MesaStore mesas, IPeopleDirectory people, IMemoryCache cache, TimeProvider time)
{
    public async Task<ChatContext> CreateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenantId = activity.GetTenantId() is { Length: > 0 } tenant ? tenant : "unknown-tenant";
        var from = activity.From;
        // The Entra object id is the person's identity in the records; Teams sends it with every message.
        var author = new Person(
            from?.AadObjectId is { Length: > 0 } objectId ? objectId : from?.Id is { Length: > 0 } teamsId ? teamsId : "unknown",
            from?.Name is { Length: > 0 } name ? name : "Alguien",
            from?.Id);
        var type = activity.Conversation?.ConversationType ?? "personal";
        var conversationId = activity.Conversation?.Id is { Length: > 0 } id ? id : null;
        // Installs and other events need no mesa: only messages, invokes and meeting events pay for the lookup.
        // Meeting events (sessions open and close by themselves) need it too.
        var needsMesa = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            || (activity.Type == ActivityTypes.Event && activity.Name?.StartsWith("application/vnd.microsoft.meeting", StringComparison.Ordinal) == true);
        var mesa = type == "personal" || conversationId is null || !needsMesa
            ? null
            : await mesas.FindByConversationAsync(tenantId, conversationId, cancellationToken);
        // A channel's roster is the channel's, whichever thread the message is in.
        var roster = new ConversationRoster(turn.Connector, people, cache, activity.ServiceUrl,
            conversationId is null ? null : ConversationLink.KeyOf(conversationId), type == "personal", tenantId, author);
        return new ChatContext(turn, tenantId, author, type, mesa, time, roster);
    }
}
