using System.Runtime.CompilerServices;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Reads the speaker and the conversation's mesa (one point read) for a turn, once: the application reads
/// it first to choose the turn's language, and the handler gets the same context back.
/// </summary>
public sealed class ChatContextFactory(MesaStore mesas, TimeProvider time)
{
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById(Mesa.DefaultTimeZoneId);
    private readonly ConditionalWeakTable<TurnContext, Task<ChatContext>> _byTurn = new();

    public Task<ChatContext> CreateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        _byTurn.GetValue(turn, t => ReadAsync(t, cancellationToken));

    private async Task<ChatContext> ReadAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenantId = activity.GetTenantId() ?? "unknown-tenant";
        var from = activity.From;
        // The Entra object id is the person's identity in the records; Teams sends it with every message.
        var author = new Person(from?.AadObjectId ?? from?.Id ?? "unknown", from?.Name ?? "Alguien", from?.Id);
        var type = activity.Conversation?.ConversationType ?? "personal";
        var mesa = type == "personal" || activity.Conversation?.Id is not { Length: > 0 } conversationId
            ? null
            : await mesas.FindByConversationAsync(tenantId, conversationId, cancellationToken);
        var today = mesa?.Today(time) ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Santiago).DateTime);
        return new ChatContext(turn, tenantId, author, type, mesa, today, time);
    }
}
