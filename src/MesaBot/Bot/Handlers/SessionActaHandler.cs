using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Bot.Sessions;
using MesaBot.Cards;
using MesaBot.Conversations;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using Microsoft.Extensions.Options;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// Opening a session with its agenda card, and its acta: `acta 7` (the draft again, or the approved card),
/// `actas` (the list), `aprobar acta 7` and the Aprobar button (coordinators), `corregir acta 7` (the next
/// version), "Actualizar borrador", "Ver acta". Every command reads this conversation's mesa only, so no
/// one sees another mesa's sessions.
/// </summary>
public sealed class SessionActaHandler(SessionStore sessions, ActaPublisher publisher, SessionIdleness idleness, IOptions<SessionsOptions> options)
{
    public static readonly string[] ActaCommands = ["acta", "minutes"];
    public static readonly string[] ActasCommands = ["actas", "sesiones", "sessions"];
    public static readonly string[] ApproveCommands = ["aprobar acta", "approve minutes"];
    public static readonly string[] CorrectCommands = ["corregir acta", "correct minutes"];

    /// <summary>Opens the next session and posts its agenda, or says which one is open (asking whether to close it when it has gone idle).</summary>
    public async Task OpenAsync(ChatContext chat, NewSession session, CancellationToken cancellationToken, bool quietWhenOpen = false)
    {
        var mesa = chat.Mesa!;
        // The conversation it opens in is where the idle sweep asks whether to close it.
        session = session with { ConversationKey = ConversationReference.From(chat.Activity)?.Key };
        var opening = await sessions.OpenAsync(mesa, session, chat.Author, cancellationToken);
        if (opening.AlreadyOpen)
        {
            if (await idleness.IsIdleAsync(mesa, opening.Session, chat.Clock.GetUtcNow(), cancellationToken))
            {
                await chat.ShowAsync(SessionCloseQuestionCard.Build(mesa, opening.Session, chat.Today), cancellationToken);
            }
            else if (!quietWhenOpen)
            {
                var open = opening.Session;
                var since = TimeZoneInfo.ConvertTime(open.StartedAt, mesa.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);
                await chat.SayAsync(string.Format(CultureInfo.CurrentUICulture, Strings.Session_AlreadyOpen, open.Number, open.Title is { } t ? $" ({t})" : string.Empty, since), cancellationToken);
            }

            return;
        }

        var horizon = chat.Today.AddDays(options.Value.PartnerHorizonDays);
        // The roster is the Connector's (no storage request): the agenda carries its attendance checkboxes.
        var roster = await chat.Roster.PeopleAsync(cancellationToken);
        await chat.ShowAsync(SessionAgendaCard.Build(mesa, opening.Session, opening.OpenItems, opening.AwaitingApproval, horizon, chat.Today, roster, opening.FollowUps), cancellationToken);
    }

    /// <summary>The acta card of a session: the draft built again from its records and delivered, or the approved one.</summary>
    public async Task<AdaptiveCard> DraftCardAsync(ChatContext chat, Session session, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        if (session.CurrentApproval is { } approval)
        {
            return ActaCard.Build(mesa, session, content: null, await publisher.LinkAsync(approval.Document, cancellationToken), chat.Today);
        }

        var content = await publisher.ComposeAsync(mesa, session, cancellationToken);
        var published = await publisher.DraftAsync(mesa, session, content, DocumentPlaces.For(chat, mesa.Id), chat.Author, cancellationToken);
        return ActaCard.Build(mesa, published.Session, content, published.Document.Link, chat.Today);
    }

    public async Task OnActaAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (await SessionNamedAsync(chat, Strings.Acta_Usage, cancellationToken) is { } session)
        {
            await chat.ShowAsync(await DraftCardAsync(chat, session, cancellationToken), cancellationToken);
        }
    }

    public async Task OnActasAsync(ChatContext chat, CancellationToken cancellationToken) =>
        await chat.ShowAsync(SessionListCard.Build(chat.Mesa!, await sessions.ListAsync(chat.Mesa!, cancellationToken), chat.Today), cancellationToken);

    public async Task OnApproveAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (await SessionNamedAsync(chat, Strings.Acta_ApproveUsage, cancellationToken) is { } session)
        {
            await chat.AnswerAsync(await ApproveAsync(chat, session, cancellationToken), cancellationToken);
        }
    }

    public async Task OnCorrectAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (await SessionNamedAsync(chat, Strings.Acta_CorrectUsage, cancellationToken) is { } session)
        {
            var corrected = await sessions.CorrectAsync(chat.Mesa!, session.Number, chat.Author, cancellationToken);
            await chat.ShowAsync(await DraftCardAsync(chat, corrected, cancellationToken), cancellationToken);
        }
    }

    /// <summary>The acta buttons: Aprobar (the route lets only coordinators), Actualizar borrador, Ver acta, Cerrar sesión, Sigue abierta.</summary>
    public async Task<InvokeResponse> OnButtonAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        // Session buttons act only in the mesa's own conversations: a card carried elsewhere reads as stale.
        if (data[ItemData.Mesa] != chat.Mesa!.Id || !int.TryParse(data[SessionData.Session], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await sessions.GetAsync(chat.Mesa, number, cancellationToken) is not { } session)
        {
            return ChatAnswer.Say(Strings.Item_CardStale).ToInvokeResponse();
        }

        var answer = CardActionInvoke.VerbOf(chat.Activity) switch
        {
            CardVerbs.ApproveActa => await ApproveAsync(chat, session, cancellationToken),
            CardVerbs.CloseSession when session.IsOpen => await CloseAsync(chat, cancellationToken),
            CardVerbs.KeepSessionOpen => ChatAnswer.Say(string.Format(CultureInfo.CurrentUICulture, Strings.Session_KeptOpen, session.Number)),
            _ => ChatAnswer.Show(await DraftCardAsync(chat, session, cancellationToken)),
        };
        return answer.ToInvokeResponse();
    }

    private async Task<ChatAnswer> CloseAsync(ChatContext chat, CancellationToken cancellationToken) =>
        await sessions.CloseAsync(chat.Mesa!, chat.Author, endedAt: null, meetingId: null, cancellationToken) is { } closed
            ? ChatAnswer.Show(await DraftCardAsync(chat, closed, cancellationToken))
            : ChatAnswer.Say(Strings.Session_NoneOpen);

    private async Task<ChatAnswer> ApproveAsync(ChatContext chat, Session session, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        if (!mesa.IsCoordinator(chat.Author.ObjectId))
        {
            return ChatAnswer.Say(TurnPreconditions.CoordinatorsOnly(mesa));
        }

        // The store refuses these too, but only after the document was delivered: say so before building it.
        if (session.IsOpen)
        {
            throw RecordException.Invalid(RecordErrors.SessionStillOpen, session.Number);
        }

        if (session.IsApproved)
        {
            throw RecordException.Invalid(RecordErrors.ActaAlreadyApproved, session.Number, session.ActaVersion, mesa.Code);
        }

        var published = await publisher.ApproveAsync(mesa, session, DocumentPlaces.For(chat, mesa.Id), chat.Author, cancellationToken);
        // The approved card links to the stored bytes the hash names, not to the channel's copy, which SharePoint lets people edit.
        var link = await publisher.LinkAsync(published.Session.CurrentApproval!.Document, cancellationToken);
        return ChatAnswer.Show(ActaCard.Build(mesa, published.Session, published.Content, link, chat.Today));
    }

    private async Task<Session?> SessionNamedAsync(ChatContext chat, string usage, CancellationToken cancellationToken)
    {
        var text = MentionedPeople.WithoutMentionTags(chat.Arguments).Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            await chat.SayAsync(usage, cancellationToken);
            return null;
        }

        return await sessions.GetAsync(chat.Mesa!, number, cancellationToken)
            ?? throw RecordException.NotFound(RecordErrors.SessionNotFound, number, chat.Mesa!.Code);
    }
}
