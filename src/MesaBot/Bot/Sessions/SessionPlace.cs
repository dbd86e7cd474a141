using MesaBot.Documents;
using MesaBot.Protocol;

namespace MesaBot.Bot.Sessions;

/// <summary>Where a session's documents belong: the mesa, and the Teams channel the command came from, when it came from one.</summary>
public static class SessionPlace
{
    public static DocumentPlace Of(Activity activity, string tenantId, string mesaId)
    {
        var channelData = activity.Conversation?.ConversationType == "channel" ? activity.GetTeamsChannelData() : null;
        return new DocumentPlace(tenantId, mesaId, channelData?.Team?.Id, channelData?.Channel?.Id);
    }
}
