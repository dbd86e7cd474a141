using MesaBot.Records;
using MesaBot.Records.Sessions;
using Microsoft.Extensions.Options;

namespace MesaBot.Bot.Sessions;

/// <summary>
/// Whether an open session has gone idle: nothing logged in it for <see cref="SessionsOptions.IdleAfter"/>.
/// The last record's creation is the last activity known without reading history lines: the session's
/// own three key ranges (<see cref="SessionStore.RecordsAsync"/>), read only once the session itself is
/// older than the idle time.
/// </summary>
public sealed class SessionIdleness(SessionStore sessions, IOptions<SessionsOptions> options)
{
    public TimeSpan IdleAfter => options.Value.IdleAfter;

    public async Task<bool> IsIdleAsync(Mesa mesa, Session session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!session.IsOpen || now - session.StartedAt < IdleAfter)
        {
            return false;
        }

        var records = await sessions.RecordsAsync(mesa, session, cancellationToken);
        var last = records.Agreements.Select(a => a.CreatedAt)
            .Concat(records.ActionItems.Concat(records.Commitments).Select(i => i.CreatedAt))
            .Append(session.StartedAt)
            .Max();
        return now - last >= IdleAfter;
    }
}
