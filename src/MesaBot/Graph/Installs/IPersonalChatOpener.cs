using MesaBot.Conversations;
using MesaBot.Records;

namespace MesaBot.Graph;

/// <summary>Where a reminder for one person goes: their personal chat with MesaBot, or why there is none.</summary>
public interface IPersonalChatOpener
{
    Task<PersonalChatResult> OpenAsync(PersonalChatRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// Whom to reach, in which tenant, and through which Connector endpoint: the service URL of any
/// conversation of that tenant (e.g. the mesa's channel), since Graph knows none.
/// </summary>
public sealed record PersonalChatRequest(string TenantId, Person Person, string ServiceUrl, string? BotId);

public enum PersonalChatStatus
{
    /// <summary>Teams had already announced this personal chat.</summary>
    Known,

    /// <summary>Created (or re-found: Teams answers with the same 1:1) through the Connector.</summary>
    Opened,

    /// <summary>Neither install nor Connector could reach the person; <see cref="PersonalChatResult.Reason"/> says why in Spanish.</summary>
    Unreachable,
}

public sealed record PersonalChatResult(
    PersonalChatStatus Status, ConversationReference? Conversation, AppInstallStatus? Install = null, string? Reason = null)
{
    public bool IsReachable => Conversation is not null;
}
