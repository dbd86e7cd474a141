using MesaBot.Conversations;

namespace MesaBot.Graph;

/// <summary>
/// The personal chat already known for a person (stored when Teams announced it). To be answered by
/// ConversationStore's per-user rows; until then <see cref="NoPersonalConversations"/> stands in.
/// </summary>
public interface IPersonalConversations
{
    Task<ConversationReference?> FindForUserAsync(string tenantId, string objectId, CancellationToken cancellationToken);
}

/// <summary>Knows no personal chat, so every opening goes through install + Connector (which Teams makes idempotent).</summary>
internal sealed class NoPersonalConversations : IPersonalConversations
{
    public Task<ConversationReference?> FindForUserAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
        Task.FromResult<ConversationReference?>(null);
}
