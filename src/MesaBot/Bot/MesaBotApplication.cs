using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Handlers;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot;

/// <summary>
/// MesaBot's table of routes. It only routes; each handler does one thing. It is also the one boundary
/// that catches a failed turn, logs it and tells the user.
/// </summary>
public sealed partial class MesaBotApplication : IBot
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly ActivityRouter _router;
    private readonly IConnectorClient _connector;
    private readonly ChatContextFactory _contexts;
    private readonly IMemoryCache _recentTurns;
    private static readonly TimeSpan RecentTurnWindow = TimeSpan.FromMinutes(2);
    private readonly ILogger<MesaBotApplication> _logger;

    public MesaBotApplication(
        IConnectorClient connector,
        ChatContextFactory contexts,
        IMemoryCache recentTurns,
        ILogger<MesaBotApplication> logger,
        WelcomeHandler welcome,
        HelpHandler help,
        LinkMesaHandler link,
        MesaAdminHandler admin,
        CreateRecordHandlers create,
        QueryHandler queries,
        ItemCommandHandler items,
        ItemCardActionHandler itemButtons,
        FormHandler forms,
        SaveMessageHandler saveMessage,
        ReminderSettingsHandler reminderSettings,
        UnknownCommandHandler unknown)
    {
        _connector = connector;
        _contexts = contexts;
        _recentTurns = recentTurns;
        _logger = logger;
        _router = new ActivityRouter()
            .OnBotAdded(welcome.OnBotAddedAsync)
            .OnCommand(HelpHandler.Commands, help.OnHelpAsync)
            .OnCardAction(CardVerbs.ShowHelp, help.OnHelpButtonAsync)
            .OnCommand(LinkMesaHandler.Commands, link.OnLinkAsync)
            .OnCommand(MesaAdminHandler.CoordinatorCommands, admin.OnCoordinatorAsync)
            .OnCommand(MesaAdminHandler.MesaCommands, admin.OnMesaAsync)
            .OnCommand(CreateRecordHandlers.AgreementCommands, create.OnAgreementAsync)
            .OnCommand(CreateRecordHandlers.ActionItemCommands, create.OnActionItemAsync)
            .OnCommand(CreateRecordHandlers.CommitmentCommands, create.OnCommitmentAsync)
            .OnCommand(QueryHandler.PendingCommands, queries.OnPendingAsync)
            .OnCommand(QueryHandler.MinePendingCommands, queries.OnMinePendingAsync)
            .OnCommand(QueryHandler.OverdueCommands, queries.OnOverdueAsync)
            .OnCommand(QueryHandler.AgreementsCommands, queries.OnAgreementsAsync)
            .OnCommand(QueryHandler.SummaryCommands, queries.OnSummaryAsync)
            .OnCommand(ItemCommandHandler.CompleteCommands, items.OnCompleteAsync)
            .OnCommand(ItemCommandHandler.StartCommands, items.OnStartAsync)
            .OnCommand(ItemCommandHandler.PostponeCommands, items.OnPostponeAsync)
            .OnCommand(ItemCommandHandler.ReassignCommands, items.OnReassignAsync)
            .OnCommand(ItemCommandHandler.EditCommands, items.OnEditAsync)
            .OnCommand(ItemCommandHandler.CancelCommands, items.OnCancelAsync)
            .OnCommand(ItemCommandHandler.ReopenCommands, items.OnReopenAsync)
            .OnCommand(FormHandler.NewActionItemCommands, forms.OnNewActionItemAsync)
            .OnCommand(FormHandler.NewAgreementCommands, forms.OnNewAgreementAsync)
            .OnCommand(FormHandler.NewCommitmentCommands, forms.OnNewCommitmentAsync)
            .OnCardAction(CardVerbs.ShowItem, itemButtons.OnShowItemAsync)
            .OnCardAction(CardVerbs.ShowMore, queries.OnShowMoreAsync)
            .OnCardAction(CardVerbs.OpenForm, forms.OnOpenFormAsync)
            .OnCardAction(CardVerbs.SubmitForm, forms.OnSubmitFormAsync)
            .OnCardAction(CardVerbs.ChoosePartner, forms.OnChoosePartnerAsync)
            .OnCommand(ReminderSettingsHandler.Commands, reminderSettings.OnSettingsAsync)
            .OnCardAction(CardVerbs.ReminderSettings, reminderSettings.OnSaveAsync)
            .OnInvoke(SaveMessageHandler.FetchTaskInvoke, saveMessage.OnFetchTaskAsync)
            .OnInvoke(SaveMessageHandler.SubmitActionInvoke, saveMessage.OnSubmitActionAsync);
        foreach (var verb in ItemCardActionHandler.Verbs)
        {
            _router.OnCardAction(verb, itemButtons.OnItemActionAsync);
        }

        _router.OnUnmatchedMessage((turn, ct) => unknown.OnUnknownAsync(turn, _router.ClosestCommand(turn.Text), ct));
    }

    public async Task<InvokeResponse?> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Spanish whatever locale the client sends (the Playground says en-US), unless the mesa chose English.
        CultureInfo.CurrentUICulture = Spanish;
        CultureInfo.CurrentCulture = Spanish;
        if (IsResend(activity))
        {
            Log.ResendIgnored(_logger, activity.Id);
            return null;
        }

        var turn = new TurnContext(activity, _connector);
        try
        {
            if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
                && (await _contexts.CreateAsync(turn, cancellationToken)).Mesa?.Language == "en")
            {
                CultureInfo.CurrentUICulture = English;
            }

            return await _router.RouteAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TurnFailed(_logger, activity.Type, ex);
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

        var key = "turn|" + activity.Conversation?.Id + "|" + id;
        if (_recentTurns.TryGetValue(key, out _))
        {
            return true;
        }

        _recentTurns.Set(key, true, RecentTurnWindow);
        return false;
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
                Log.ApologyFailed(_logger, ex);
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
