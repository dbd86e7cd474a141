using MesaBot.Bot.Cards;
using MesaBot.Conversations;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Scheduling;
using Microsoft.Extensions.Options;

namespace MesaBot.Bot.Sessions;

/// <summary>
/// The fallback for a missed meetingEnd (Teams drops it sometimes): every <see cref="SessionsOptions.IdleCheckEvery"/>
/// the scheduler's lease holder looks for sessions open with nothing logged for <see cref="SessionsOptions.IdleAfter"/>
/// and posts one "¿Cerrar la sesión 7?" in the conversation it was opened in. The session row keeps that it
/// was asked, written before the post, so the question goes out at most once even if two hosts overlap.
/// Its buttons are the close question's: Cerrar closes through the same path as `cerrar sesión`.
/// Cost per pass: the mesas (one query), one point read per mesa (two when a session is open), and the
/// session's three record ranges only for one open longer than the idle time.
/// </summary>
public sealed partial class IdleSessionSweep(
    MesaStore mesas,
    SessionStore sessions,
    SessionIdleness idleness,
    ConversationStore conversations,
    IConnectorClient connector,
    TimeProvider time,
    IOptions<SessionsOptions> options,
    ILogger<IdleSessionSweep> logger) : ISchedulerChore
{
    public string Name => "idle-sessions";

    public TimeSpan Every => options.Value.IdleCheckEvery;

    Task ISchedulerChore.RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken) => SweepAsync(now, cancellationToken);

    /// <summary>Asks about every idle session not asked about yet. Returns how many questions were posted.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var asked = 0;
        foreach (var mesa in await mesas.ListEveryTenantAsync(cancellationToken))
        {
            if (mesa.Archived || mesa.Conversations.Count == 0)
            {
                continue;
            }

            try
            {
                asked += await AskAsync(mesa, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // One mesa's storage or Connector failure must not keep the others from being asked.
                Log.AskFailed(logger, mesa.Code, ex);
            }
        }

        return asked;
    }

    private async Task<bool> AskAsync(Mesa mesa, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await sessions.OpenSessionAsync(mesa, cancellationToken) is not { CloseAskedAt: null } open
            || !await idleness.IsIdleAsync(mesa, open, now, cancellationToken))
        {
            return false;
        }

        // Sessions opened before the conversation was kept on them are asked in the mesa's first conversation.
        var key = open.ConversationKey ?? mesa.Conversations[0].Key;
        if (await conversations.FindAsync(mesa.TenantId, key, cancellationToken) is not { } conversation)
        {
            Log.NoConversation(logger, mesa.Code, open.Number);
            return false;
        }

        if (!await sessions.MarkCloseAskedAsync(mesa, open.Number, cancellationToken))
        {
            return false;
        }

        Protocol.Activity message;
        using (MesaCulture.Use(mesa))
        {
            message = SessionCloseQuestionCard.Build(mesa, open, mesa.Today(time)).ToActivity();
        }

        await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, message, cancellationToken);
        Log.Asked(logger, mesa.Code, open.Number);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Asked whether to close idle session {Session} of mesa {Mesa}.")]
        public static partial void Asked(ILogger logger, string mesa, int session);

        [LoggerMessage(2, LogLevel.Warning, "Session {Session} of mesa {Mesa} is idle but its conversation is not known; not asked.")]
        public static partial void NoConversation(ILogger logger, string mesa, int session);

        [LoggerMessage(3, LogLevel.Error, "The idle-session question for mesa {Mesa} failed; it is tried again at the next pass.")]
        public static partial void AskFailed(ILogger logger, string mesa, Exception error);
    }
}
