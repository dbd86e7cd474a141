using MesaBot.Bot.Chat;
using MesaBot.Bot.Handlers;
using MesaBot.Cards;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot;

/// <summary>
/// MesaBot's table of routes: which handler answers which command, button or invoke, and what each
/// needs first (<see cref="Needs"/>: a linked mesa, a writer, a coordinator, the card's mesa). The needs
/// are checked in <see cref="TurnPreconditions"/>, so handlers start with their own job.
/// </summary>
public sealed class MesaRoutes
{
    private readonly TurnPreconditions _preconditions;

    public MesaRoutes(
        TurnPreconditions preconditions,
        WelcomeHandler welcome,
        HelpHandler help,
        LinkMesaHandler link,
        MesaAdminHandler admin,
        CreateRecordHandlers create,
        CreationChoiceHandler heldTasks,
        CommitmentChoiceHandler heldCommitments,
        QueryHandler queries,
        ItemCommandHandler items,
        ItemCardActionHandler itemButtons,
        FormHandler forms,
        SaveMessageHandler saveMessage,
        ReminderSettingsHandler reminderSettings,
        AgreementCommandHandler agreementCommands,
        FollowUpCommandHandler followUps,
        ExportHandler export,
        SessionCommandHandler sessions,
        SessionActaHandler actas,
        SessionMeetingHandler meetings,
        ProposalsHandler proposals,
        UnknownCommandHandler unknown)
    {
        _preconditions = preconditions;
        const Needs writerInMesa = Needs.Mesa | Needs.Writer;
        Router = new ActivityRouter<ChatContext>()
            .OnBotAdded(welcome.OnBotAddedAsync)
            .OnCommand(HelpHandler.Commands, help.OnHelpAsync)
            .OnCardAction(CardVerbs.ShowHelp, help.OnHelpButtonAsync)
            .OnCommand(LinkMesaHandler.Commands, link.OnLinkAsync)
            .OnCommand(MesaAdminHandler.CoordinatorCommands, Requires(Needs.Coordinator, admin.OnCoordinatorAsync))
            .OnCommand(MesaAdminHandler.MesaCommands, Requires(Needs.Coordinator, admin.OnMesaAsync))
            .OnCommand(CreateRecordHandlers.AgreementCommands, Requires(writerInMesa, create.OnAgreementAsync))
            .OnCommand(CreateRecordHandlers.ActionItemCommands, Requires(writerInMesa, create.OnActionItemAsync))
            .OnCommand(CreateRecordHandlers.CommitmentCommands, Requires(writerInMesa, create.OnCommitmentAsync))
            .OnCommand(QueryHandler.PendingCommands, queries.OnPendingAsync)
            .OnCommand(QueryHandler.MinePendingCommands, queries.OnMinePendingAsync)
            .OnCommand(QueryHandler.OverdueCommands, Requires(Needs.Mesa, queries.OnOverdueAsync))
            .OnCommand(QueryHandler.AgreementsCommands, Requires(Needs.Mesa, queries.OnAgreementsAsync))
            .OnCommand(QueryHandler.SummaryCommands, Requires(Needs.Mesa, queries.OnSummaryAsync))
            .OnCommand(ItemCommandHandler.CompleteCommands, Requires(Needs.Writer, items.OnCompleteAsync))
            .OnCommand(ItemCommandHandler.StartCommands, Requires(Needs.Writer, items.OnStartAsync))
            .OnCommand(ItemCommandHandler.PostponeCommands, Requires(Needs.Writer, items.OnPostponeAsync))
            .OnCommand(ItemCommandHandler.ReassignCommands, Requires(Needs.Writer, items.OnReassignAsync))
            .OnCommand(ItemCommandHandler.EditCommands, Requires(Needs.Writer, items.OnEditAsync))
            // "cancelar A-2" names an acuerdo, which is annulled instead: that handler says how.
            .OnCommand(ItemCommandHandler.CancelCommands, Requires(Needs.Writer, (chat, ct) =>
                AgreementCommandHandler.NamesAgreement(chat) ? agreementCommands.OnCancelAgreementAsync(chat, ct) : items.OnCancelAsync(chat, ct)))
            .OnCommand(AgreementCommandHandler.AnnulCommands, Requires(writerInMesa, agreementCommands.OnAnnulAsync))
            .OnCommand(AgreementCommandHandler.DeleteCommands, agreementCommands.OnDeleteAsync)
            .OnCommand(ItemCommandHandler.ReopenCommands, Requires(Needs.Writer, items.OnReopenAsync))
            .OnCommand(FormHandler.NewActionItemCommands, Requires(writerInMesa, forms.OnNewActionItemAsync))
            .OnCommand(FormHandler.NewAgreementCommands, Requires(writerInMesa, forms.OnNewAgreementAsync))
            .OnCommand(FormHandler.NewCommitmentCommands, Requires(writerInMesa, forms.OnNewCommitmentAsync))
            .OnCardAction(CardVerbs.ShowItem, Requires(Needs.CardMesa, itemButtons.OnShowItemAsync))
            .OnCardAction(CardVerbs.RefreshItem, Requires(Needs.CardMesa, itemButtons.OnRefreshAsync))
            .OnCardAction(CardVerbs.ShowMore, queries.OnShowMoreAsync)
            .OnCardAction(CardVerbs.OpenForm, Requires(Needs.Mesa, forms.OnOpenFormAsync))
            .OnCardAction(CardVerbs.SubmitForm, Requires(writerInMesa, forms.OnSubmitFormAsync))
            .OnCardAction(CardVerbs.ChoosePartner, Requires(Needs.Writer, heldCommitments.OnPartnerChoiceAsync))
            .OnCardAction(CardVerbs.CreateHeldTask, Requires(writerInMesa, heldTasks.OnChoiceAsync))
            .OnCommand(ExportHandler.Commands, Requires(Needs.Coordinator, export.OnExportAsync))
            .OnCardAction(CardVerbs.CreateHeldCommitment, Requires(writerInMesa, heldCommitments.OnDateChoiceAsync))
            .OnCommand(ReminderSettingsHandler.Commands, Requires(Needs.Mesa, reminderSettings.OnSettingsAsync))
            .OnCardAction(CardVerbs.ReminderSettings, Requires(Needs.CardMesa, reminderSettings.OnSaveAsync))
            .OnMessageAction(MessageActionInvoke.FetchTask, SaveMessageHandler.CommandId, Requires(writerInMesa, saveMessage.OnFetchTaskAsync))
            .OnMessageAction(MessageActionInvoke.SubmitAction, SaveMessageHandler.CommandId, Requires(writerInMesa, saveMessage.OnSubmitActionAsync))
            .OnCommand(ProposalsHandler.Commands, Requires(writerInMesa, proposals.OnRegisterAsync))
            .OnCardAction(CardVerbs.SaveProposals, Requires(writerInMesa, proposals.OnSaveAsync));
        // Sessions and their actas (Records/Sessions, docs/storage.md "Sessions").
        Router
            .OnCommand(SessionCommandHandler.OpenCommands, Requires(writerInMesa, sessions.OnOpenAsync))
            .OnCommand(SessionCommandHandler.CloseCommands, Requires(writerInMesa, sessions.OnCloseAsync))
            .OnCommand(SessionCommandHandler.NextCommands, Requires(writerInMesa, sessions.OnNextAsync))
            .OnCommand(SessionCommandHandler.AttendeesCommands, Requires(writerInMesa, sessions.OnAttendeesAsync))
            .OnCommand(SessionCommandHandler.ApologiesCommands, Requires(writerInMesa, sessions.OnApologiesAsync))
            // Members mark acuerdos for the next agendas; guests only when the mesa lets them write (Needs.Writer).
            .OnCommand(FollowUpCommandHandler.Commands, Requires(writerInMesa, followUps.OnFollowUpAsync))
            .OnCommand(SessionActaHandler.ActaCommands, Requires(Needs.Mesa, actas.OnActaAsync))
            .OnCommand(SessionActaHandler.ActasCommands, Requires(Needs.Mesa, actas.OnActasAsync))
            .OnCommand(SessionActaHandler.ApproveCommands, Requires(Needs.Coordinator, actas.OnApproveAsync))
            .OnCommand(SessionActaHandler.CorrectCommands, Requires(Needs.Coordinator, actas.OnCorrectAsync))
            .OnEvent(SessionMeetingHandler.MeetingStart, meetings.OnMeetingStartAsync)
            .OnEvent(SessionMeetingHandler.MeetingEnd, meetings.OnMeetingEndAsync)
            .OnEvent(SessionMeetingHandler.ParticipantJoin, meetings.OnParticipantJoinAsync);
        Router.OnCardAction(CardVerbs.SessionAttendance, Requires(writerInMesa, sessions.OnAttendanceCardAsync));
        foreach (var verb in new[] { CardVerbs.ApproveActa, CardVerbs.RefreshActa, CardVerbs.ShowActa, CardVerbs.CloseSession, CardVerbs.KeepSessionOpen })
        {
            Router.OnCardAction(verb, Requires(writerInMesa, actas.OnButtonAsync));
        }

        foreach (var verb in ItemCardActionHandler.Verbs)
        {
            Router.OnCardAction(verb, Requires(Needs.CardMesa, itemButtons.OnItemActionAsync));
        }

        Router.OnCardAction(CardVerbs.RunCommand, (chat, ct) => unknown.OnRunCommandAsync(chat, Router, ct));
        Router.OnUnmatchedMessage((chat, ct) => unknown.OnUnknownAsync(chat, Router, ct));
    }

    public ActivityRouter<ChatContext> Router { get; }

    private TurnHandler<ChatContext> Requires(Needs needs, TurnHandler<ChatContext> handler) => async (chat, ct) =>
    {
        if (await _preconditions.RefusalAsync(chat, needs, ct) is { } refusal)
        {
            await chat.SayAsync(refusal, ct);
            return;
        }

        await handler(chat, ct);
    };

    private InvokeHandler<ChatContext> Requires(Needs needs, InvokeHandler<ChatContext> handler) => async (chat, ct) =>
        await _preconditions.RefusalAsync(chat, needs, ct) is { } refusal
            ? Refusals.ForInvoke(chat, refusal)
            : await handler(chat, ct);
}
