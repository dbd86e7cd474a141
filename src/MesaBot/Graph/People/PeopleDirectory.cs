using System.Net.Mail;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>
/// Mention → roster (for the Entra object id) → Graph (for mail and whether the person is a guest); typed
/// address or picked object id → Graph. When Graph is off or failing, a mention still resolves from the
/// roster, which Teams fills with the same facts; an address cannot.
/// </summary>
internal sealed partial class PeopleDirectory(IGraphUsers users, PersonCache cache, ILogger<PeopleDirectory> logger)
    : IPeopleDirectory
{
    public async Task<PersonLookup> FromMentionAsync(TeamsMention mention, CancellationToken cancellationToken)
    {
        if (cache.TryGet(PersonCache.TeamsKey(mention.TeamsUserId), out var known))
        {
            return PersonLookup.Success(known);
        }

        IReadOnlyList<ChannelAccount> roster;
        try
        {
            roster = await mention.Roster(cancellationToken);
        }
        catch (Exception error) when (error is ConnectorException or HttpRequestException)
        {
            Log.RosterFailed(logger, mention.ConversationId, error.Message);
            return PersonLookup.Failed(PersonLookupFailure.DirectoryUnavailable, PeopleMessages.Unavailable);
        }

        var member = roster.FirstOrDefault(m => string.Equals(m.Id, mention.TeamsUserId, StringComparison.OrdinalIgnoreCase));
        if (member?.EntraObjectId is not { Length: > 0 } objectId)
        {
            return PersonLookup.Failed(PersonLookupFailure.NotFound, PeopleMessages.NotInConversation(mention.Name));
        }

        var rosterPerson = RosterMember.From(member);
        if (rosterPerson.IsGuest || IsOtherTenant(rosterPerson, mention.TenantId))
        {
            return PersonLookup.Failed(PersonLookupFailure.OutsideTenant, PeopleMessages.OutsideTenant(member.Name ?? mention.Name ?? objectId));
        }

        var graph = await users.FindAsync(objectId, cancellationToken);
        return graph.Status switch
        {
            GraphUserStatus.Found => Accept(graph.User!, member.Id, member.Name ?? mention.Name ?? objectId),
            GraphUserStatus.NotFound => PersonLookup.Failed(PersonLookupFailure.NotFound, PeopleMessages.NotFound(member.Name ?? objectId)),
            // Graph off or failing: the roster already named the person; only mail may be missing.
            _ => Remember(new DirectoryPerson(new Person(objectId, member.Name ?? mention.Name ?? objectId, member.Id), rosterPerson.Email, rosterPerson.UserPrincipalName)),
        };
    }

    public async Task<PersonLookup> FromAddressAsync(string address, CancellationToken cancellationToken)
    {
        var normalized = Normalize(address);
        if (normalized is null)
        {
            return PersonLookup.Failed(PersonLookupFailure.InvalidInput, PeopleMessages.InvalidAddress(address));
        }

        if (cache.TryGet(PersonCache.AddressKey(normalized), out var known))
        {
            return PersonLookup.Success(known);
        }

        return FromGraph(await users.FindAsync(normalized, cancellationToken), normalized);
    }

    public async Task<PersonLookup> FromObjectIdAsync(string objectId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(objectId, out var id))
        {
            return PersonLookup.Failed(PersonLookupFailure.InvalidInput, PeopleMessages.InvalidObjectId);
        }

        var normalized = id.ToString("D");
        if (cache.TryGet(PersonCache.ObjectIdKey(normalized), out var known))
        {
            return PersonLookup.Success(known);
        }

        return FromGraph(await users.FindAsync(normalized, cancellationToken), normalized);
    }

    private PersonLookup FromGraph(GraphUserResult result, string asked) => result.Status switch
    {
        GraphUserStatus.Found => Accept(result.User!, teamsUserId: null, fallbackName: asked),
        GraphUserStatus.NotFound => PersonLookup.Failed(PersonLookupFailure.NotFound, PeopleMessages.NotFound(asked)),
        GraphUserStatus.NotConfigured => PersonLookup.Failed(PersonLookupFailure.NotConfigured, PeopleMessages.NotConfigured),
        _ => PersonLookup.Failed(PersonLookupFailure.DirectoryUnavailable, PeopleMessages.Unavailable),
    };

    private PersonLookup Accept(GraphUser user, string? teamsUserId, string fallbackName)
    {
        if (user.IsGuest)
        {
            return PersonLookup.Failed(PersonLookupFailure.OutsideTenant, PeopleMessages.OutsideTenant(user.DisplayName ?? user.Mail ?? fallbackName));
        }

        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Mail ?? fallbackName : user.DisplayName;
        return Remember(new DirectoryPerson(new Person(user.Id, name, teamsUserId), user.Mail, user.UserPrincipalName));
    }

    private PersonLookup Remember(DirectoryPerson person)
    {
        cache.Put(person);
        return PersonLookup.Success(person);
    }

    private static bool IsOtherTenant(RosterMember member, string? tenantId) =>
        tenantId is not null && member.TenantId is not null && !string.Equals(member.TenantId, tenantId, StringComparison.OrdinalIgnoreCase);

    /// <summary>"mailto:Ana.Perez@MOP.gob.cl " → "ana.perez@mop.gob.cl"; null when it is not an address.</summary>
    private static string? Normalize(string address)
    {
        var text = address.Trim().Trim('<', '>');
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["mailto:".Length..];
        }

        return text.Length <= 254 && !text.Any(char.IsWhiteSpace) && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text
            ? text.ToLowerInvariant()
            : null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7020, Level = LogLevel.Warning, Message = "Roster of {ConversationId} could not be read: {Reason}")]
        public static partial void RosterFailed(ILogger logger, string conversationId, string reason);
    }
}
