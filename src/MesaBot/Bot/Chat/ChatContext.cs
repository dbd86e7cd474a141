using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Who is speaking, where, and for which mesa: what every chat handler needs before it reads the command.
/// <see cref="Mesa"/> is the mesa linked to this conversation, null in a personal chat or an unlinked one.
/// </summary>
public sealed record ChatContext(TurnContext Turn, string TenantId, Person Author, string ConversationType, Mesa? Mesa, DateOnly Today, TimeProvider Clock)
{
    public bool IsPersonal => ConversationType == "personal";

    /// <summary>Inside a mesa's own conversations ids are short ("T-3"); elsewhere they carry the code ("RES-T-3").</summary>
    public bool InsideMesa => Mesa is not null;

    public string ConversationId => Turn.Activity.Conversation?.Id ?? string.Empty;
}
