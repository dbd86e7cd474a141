using MesaBot.Conversations;

namespace MesaBot.Graph;

/// <summary>The personal chat already known for a person (stored when Teams announced the install).</summary>
public interface IPersonalConversations
{
    Task<ConversationReference?> FindForUserAsync(string tenantId, string objectId, CancellationToken cancellationToken);
}

/// <summary>Answered from ConversationStore's per-user rows, written when the bot is installed for someone.</summary>
internal sealed class StoredPersonalConversations(ConversationStore conversations) : IPersonalConversations
{
    public Task<ConversationReference?> FindForUserAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
        conversations.FindPersonalAsync(tenantId, objectId, cancellationToken);
}
