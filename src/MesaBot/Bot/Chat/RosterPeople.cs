using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Caching.Memory;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Turns a Teams mention (a "29:" id) into a <see cref="Person"/> with its Entra object id, from the
/// conversation's roster, cached for five minutes so a burst of commands costs one roster call.
/// </summary>
public sealed class RosterPeople(IConnectorClient connector, IMemoryCache cache)
{
    private static readonly TimeSpan RosterLifetime = TimeSpan.FromMinutes(5);

    public async Task<Person?> ResolveAsync(ChatContext chat, Mention mention, CancellationToken cancellationToken)
    {
        var member = (await RosterAsync(chat, cancellationToken)).FirstOrDefault(m => m.Id == mention.TeamsId);
        return member?.EntraObjectId is { Length: > 0 } objectId
            ? new Person(objectId, member.Name ?? mention.Name, mention.TeamsId)
            : null;
    }

    /// <summary>The conversation's members as people (for the reassign choice on cards).</summary>
    public async Task<IReadOnlyList<Person>> MembersAsync(ChatContext chat, CancellationToken cancellationToken) =>
        [.. (await RosterAsync(chat, cancellationToken))
            .Where(m => m.EntraObjectId is { Length: > 0 })
            .Select(m => new Person(m.EntraObjectId!, m.Name ?? m.EntraObjectId!, m.Id))];

    /// <summary>Guests (external partners invited to a channel) carry userRole "guest" in the roster.</summary>
    public async Task<bool> IsGuestAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.IsPersonal)
        {
            return false;
        }

        var me = (await RosterAsync(chat, cancellationToken)).FirstOrDefault(m => m.Id == chat.Author.TeamsUserId);
        return string.Equals(me?.UserRole, "guest", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<IReadOnlyList<MesaBot.Protocol.ChannelAccount>> RosterAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var activity = chat.Turn.Activity;
        var conversationId = Records.ConversationLink.KeyOf(chat.ConversationId);
        var key = "roster|" + conversationId;
        if (cache.TryGetValue(key, out IReadOnlyList<MesaBot.Protocol.ChannelAccount>? cached) && cached is not null)
        {
            return cached;
        }

        var members = await connector.GetMembersAsync(activity.ServiceUrl!, conversationId, cancellationToken);
        cache.Set(key, members, RosterLifetime);
        return members;
    }
}
