using MesaBot.Graph;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Caching.Memory;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The people of a conversation, for the chat: a mention or a typed e-mail becomes a <see cref="Person"/>
/// through the people directory (roster, then Graph), and the roster itself, cached five minutes, gives
/// the reassign choices and tells whether the speaker is a guest.
/// </summary>
public sealed class RosterPeople(IConnectorClient connector, IPeopleDirectory directory, IMemoryCache cache)
{
    private static readonly TimeSpan RosterLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The person a mention names, or the Spanish reason it cannot be used (guest, not a member…).</summary>
    public Task<PersonLookup> ResolveAsync(ChatContext chat, Mention mention, CancellationToken cancellationToken) =>
        directory.FromMentionAsync(
            new TeamsMention(mention.TeamsId, mention.Name, chat.Turn.Activity.ServiceUrl!, chat.ConversationId, chat.TenantId),
            cancellationToken);

    /// <summary>"ana.perez@mop.gob.cl" typed in a command: someone who may never have opened the bot.</summary>
    public Task<PersonLookup> ResolveAddressAsync(string address, CancellationToken cancellationToken) =>
        directory.FromAddressAsync(address, cancellationToken);

    /// <summary>The conversation's members as people (for the reassign choice on cards).</summary>
    public async Task<IReadOnlyList<Person>> MembersAsync(ChatContext chat, CancellationToken cancellationToken) =>
        [.. (await RosterAsync(chat, cancellationToken))
            .Where(m => m.EntraObjectId is { Length: > 0 } && !string.Equals(m.UserRole, "guest", StringComparison.OrdinalIgnoreCase))
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
        var conversationId = ConversationLink.KeyOf(chat.ConversationId);
        var key = "roster|" + conversationId;
        if (cache.TryGetValue(key, out IReadOnlyList<MesaBot.Protocol.ChannelAccount>? cached) && cached is not null)
        {
            return cached;
        }

        var members = await connector.GetMembersAsync(chat.Turn.Activity.ServiceUrl!, conversationId, cancellationToken);
        cache.Set(key, members, RosterLifetime);
        return members;
    }
}
