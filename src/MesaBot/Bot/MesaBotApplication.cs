using System.Globalization;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Telemetry;

namespace MesaBot.Bot;

/// <summary>
/// The turn boundary: builds the turn once (<see cref="ChatContextFactory"/>), sets its language, hands
/// it to <see cref="MesaRoutes"/>, and is the one place that turns a refusal of the records into an
/// answer in the mesa's language, and a failed turn into a log line and an apology.
/// </summary>
public sealed partial class MesaBotApplication(
    IConnectorClient connector,
    ChatContextFactory contexts,
    MesaRoutes routes,
    RecentTurns recentTurns,
    TurnTelemetry telemetry,
    ILogger<MesaBotApplication> logger) : IBot
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");

    public async Task<InvokeResponse?> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Spanish whatever locale the client sends (the Playground says en-US), unless the mesa chose English.
        CultureInfo.CurrentUICulture = Spanish;
        CultureInfo.CurrentCulture = Spanish;
        if (IsResend(activity))
        {
            Log.ResendIgnored(logger, activity.Id);
            return null;
        }

        using var measured = telemetry.Start(activity.Type, activity.Conversation?.ConversationType);
        var turn = new TurnContext(activity, connector);
        ChatContext? chat = null;
        try
        {
            chat = await contexts.CreateAsync(turn, cancellationToken);
            CultureInfo.CurrentUICulture = chat.Culture;
            return await routes.Router.RouteAsync(chat, cancellationToken);
        }
        catch (RecordException refusal) when (chat is not null)
        {
            // The records refuse what breaks their rules; the user is told why in the mesa's language,
            // the same way whatever asked.
            measured.Refused();
            return await Refusals.AnswerAsync(chat, ErrorText.For(refusal), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TurnFailed(logger, activity.Type, ex);
            measured.Failed(ex);
            return await ApologiseAsync(turn, cancellationToken);
        }
    }

    // Teams sends a message again when the bot took longer than ~15 s to answer it. Records are already
    // idempotent by activity id; this keeps the answer from being posted twice by the same host.
    private bool IsResend(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.Id is not { Length: > 0 } id)
        {
            return false;
        }

        return recentTurns.SeenBefore(activity.Conversation?.Id + "|" + id);
    }

    private async Task<InvokeResponse?> ApologiseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return new InvokeResponse(StatusCodes.Status500InternalServerError, new
            {
                statusCode = 500,
                type = "application/vnd.microsoft.error",
                value = new { code = "InternalError", message = Strings.Turn_Failed },
            });
        }

        if (turn.Activity.Type == ActivityTypes.Message)
        {
            try
            {
                await turn.SendAsync(new Activity { Text = Strings.Turn_Failed }, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ApologyFailed(logger, ex);
            }
        }

        return null;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Turn failed for a {ActivityType} activity")]
        public static partial void TurnFailed(ILogger logger, string? activityType, Exception exception);

        [LoggerMessage(3, LogLevel.Information, "Message {ActivityId} was sent again by Teams; already handled")]
        public static partial void ResendIgnored(ILogger logger, string? activityId);

        [LoggerMessage(2, LogLevel.Error, "Could not tell the user that the turn failed")]
        public static partial void ApologyFailed(ILogger logger, Exception exception);
    }
}
