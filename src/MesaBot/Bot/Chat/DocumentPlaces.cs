using MesaBot.Documents;

namespace MesaBot.Bot.Chat;

/// <summary>Where a document asked for in this conversation belongs: the mesa, and the Teams channel when it was asked in one.</summary>
public static class DocumentPlaces
{
    public static DocumentPlace For(ChatContext chat, string mesaId)
    {
        var channelData = chat.ConversationType == "channel" ? chat.Activity.GetTeamsChannelData() : null;
        // Graph names a team by its Entra group id; the "19:…" thread id in team.id is not one.
        return new DocumentPlace(chat.TenantId, mesaId, channelData?.Team?.AadGroupId, channelData?.Channel?.Id);
    }
}
