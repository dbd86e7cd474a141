using MesaBot.Protocol;

namespace MesaBot.Graph;

/// <summary>
/// Turns the three ways a person is named in MesaBot into a person of the tenant. Never throws for a
/// person who cannot be resolved: the result carries the Spanish sentence to show instead.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>An @mention: its "29:" id is looked up in the conversation's roster for the Entra object id.</summary>
    Task<PersonLookup> FromMentionAsync(TeamsMention mention, CancellationToken cancellationToken);

    /// <summary>An e-mail address or UPN typed in a command ("ana.perez@mop.gob.cl").</summary>
    Task<PersonLookup> FromAddressAsync(string address, CancellationToken cancellationToken);

    /// <summary>An Entra object id, as a people picker in a card returns it.</summary>
    Task<PersonLookup> FromObjectIdAsync(string objectId, CancellationToken cancellationToken);
}

/// <summary>
/// A mention as the turn sees it: whom (the "29:" id) and the conversation's roster to look it up in,
/// which the turn reads at most once (the directory never asks the Connector itself).
/// </summary>
public sealed record TeamsMention(
    string TeamsUserId,
    string? Name,
    Func<CancellationToken, Task<IReadOnlyList<ChannelAccount>>> Roster,
    string ConversationId,
    string? TenantId = null);
