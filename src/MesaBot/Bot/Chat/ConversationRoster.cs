using MesaBot.Graph;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Caching.Memory;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The members of one turn's conversation, read from the Connector at most once per turn and only when a
/// handler needs them (remembered five minutes per channel or chat across turns). Mentions and typed
/// addresses become people of the tenant through the people directory, which reads this same roster.
/// </summary>
public sealed class ConversationRoster(
    IConnectorClient connector,
    IPeopleDirectory directory,
    IMemoryCache cache,
    string? serviceUrl,
    string? conversationId,
    bool isPersonal,
    string tenantId,
    Person author)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The host's memory cache holds rosters only, sized in members: at most this many across all cached
    /// conversations (a few MB), so a host in thousands of chats does not keep them all (issue 17).
    /// </summary>
    public const long CachedMembersLimit = 50_000;
    private Task<IReadOnlyList<ChannelAccount>>? _members;

    /// <summary>The person a mention names, or the reason (in the user's language) it cannot be used.</summary>
    public Task<PersonLookup> ResolveAsync(Mention mention, CancellationToken cancellationToken) =>
        directory.FromMentionAsync(new TeamsMention(mention.TeamsId, mention.Name, MembersAsync, conversationId ?? string.Empty, tenantId), cancellationToken);

    /// <summary>"ana.perez@mop.gob.cl" typed in a command: someone who may never have opened the bot.</summary>
    public Task<PersonLookup> ResolveAddressAsync(string address, CancellationToken cancellationToken) =>
        directory.FromAddressAsync(address, cancellationToken);

    /// <summary>The conversation's members of the tenant as people (the reassign and owner choices on cards); none in a personal chat, where the only member is the user.</summary>
    public async Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken cancellationToken) =>
        isPersonal
            ? []
            : [.. (await MembersAsync(cancellationToken))
                .Where(m => m.EntraObjectId is { Length: > 0 } && !string.Equals(m.UserRole, "guest", StringComparison.OrdinalIgnoreCase))
                .Select(m => new Person(m.EntraObjectId!, m.Name ?? m.EntraObjectId!, m.Id))];

    /// <summary>Whether the speaker is a guest (an external partner invited to the channel: userRole "guest").</summary>
    public async Task<bool> AuthorIsGuestAsync(CancellationToken cancellationToken)
    {
        if (isPersonal)
        {
            return false;
        }

        var me = (await MembersAsync(cancellationToken)).FirstOrDefault(m => m.Id == author.TeamsUserId);
        return string.Equals(me?.UserRole, "guest", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The raw roster: one Connector request the first time in a turn, none when cached.</summary>
    public Task<IReadOnlyList<ChannelAccount>> MembersAsync(CancellationToken cancellationToken) =>
        _members ??= ReadAsync(cancellationToken);

    private Task<IReadOnlyList<ChannelAccount>> ReadAsync(CancellationToken cancellationToken) =>
        serviceUrl is null || conversationId is null
            ? Task.FromResult<IReadOnlyList<ChannelAccount>>([])
            : CachedMembersAsync(connector, cache, serviceUrl, conversationId, cancellationToken);

    /// <summary>
    /// The members of any conversation the bot is in, through the same five-minute cache: this turn's,
    /// or a mesa's other conversations when <see cref="MesaVisibility"/> asks whether someone belongs to it.
    /// </summary>
    internal static async Task<IReadOnlyList<ChannelAccount>> CachedMembersAsync(
        IConnectorClient connector, IMemoryCache cache, string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var key = "roster|" + conversationId;
        if (cache.TryGetValue(key, out IReadOnlyList<ChannelAccount>? cached) && cached is not null)
        {
            return cached;
        }

        var members = await connector.GetMembersAsync(serviceUrl, conversationId, cancellationToken);
        cache.Set(key, members, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = members.Count + 1 });
        return members;
    }
}
