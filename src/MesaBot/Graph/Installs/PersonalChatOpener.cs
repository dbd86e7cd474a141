using MesaBot.Conversations;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>
/// Finds or opens the 1:1 chat between MesaBot and a person: the stored one if Teams already announced it;
/// else install MesaBot for them through Graph and create the conversation through the Connector (with
/// the "29:" id when known, else the Entra object id, which Teams accepts once the app is installed).
/// Without the install permission the Connector alone still reaches anyone sharing a team with MesaBot.
/// </summary>
internal sealed partial class PersonalChatOpener(
    IPersonalConversations known, IAppInstaller installer, IConnectorClient connector, ILogger<PersonalChatOpener> logger)
    : IPersonalChatOpener
{
    public async Task<PersonalChatResult> OpenAsync(PersonalChatRequest request, CancellationToken cancellationToken)
    {
        var person = request.Person;
        if (await known.FindForUserAsync(request.TenantId, person.ObjectId, cancellationToken) is { } stored)
        {
            return new PersonalChatResult(PersonalChatStatus.Known, stored);
        }

        var install = await installer.InstallForUserAsync(person.ObjectId, cancellationToken);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = request.BotId is null ? null : new ChannelAccount { Id = request.BotId },
            Members = [new ChannelAccount { Id = person.TeamsUserId ?? person.ObjectId, AadObjectId = person.ObjectId }],
            TenantId = request.TenantId,
        };
        try
        {
            var created = await connector.CreateConversationAsync(request.ServiceUrl, parameters, cancellationToken);
            var reference = new ConversationReference(
                request.TenantId, created.Id!, "personal", created.ServiceUrl ?? request.ServiceUrl, request.BotId, null, null);
            return new PersonalChatResult(PersonalChatStatus.Opened, reference, install.Status);
        }
        // Teams' "no" (403 blocked or not allowed, 404 unknown user) is final; anything transient is the caller's to retry.
        catch (ConnectorException error) when (error.Status is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.BadRequest)
        {
            Log.Unreachable(logger, person.ObjectId, install.Status, error.Message);
            return new PersonalChatResult(PersonalChatStatus.Unreachable, null, install.Status, UnreachableReason(person.Name, install));
        }
    }

    private static string UnreachableReason(string name, AppInstallResult install) => install.Status switch
    {
        AppInstallStatus.PermissionDenied or AppInstallStatus.NotConfigured =>
            $"No pude abrir un chat personal con {name}: MesaBot no está instalado para esa persona y no puedo instalarlo. Pídele que abra MesaBot en Teams (Aplicaciones → MesaBot).",
        _ => $"No pude abrir un chat personal con {name} en este momento. Volveré a intentarlo en el próximo recordatorio.",
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 7040, Level = LogLevel.Warning, Message = "No personal chat with {ObjectId} (install {InstallStatus}): {Reason}")]
        public static partial void Unreachable(ILogger logger, string objectId, AppInstallStatus installStatus, string reason);
    }
}
