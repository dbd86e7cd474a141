namespace MesaBot.Records.Sessions;

/// <summary>
/// Records registered for a session after it closed (its transcript's proposals card is pressed once the
/// meeting has ended, maybe after the next session opened): they carry its number from their create
/// (<see cref="NewAgreement.ForSession"/>, <see cref="NewActionItem.ForSession"/>, <see cref="NewCommitment.ForSession"/>),
/// and the session's reach grows to them so its acta reads them. Calling it again with the same records
/// changes nothing, so a press retried after a failure here completes the link.
/// </summary>
public sealed partial class SessionStore
{
    /// <summary>Extends session <paramref name="number"/>'s records to <paramref name="records"/>. Two requests (read, write); one when nothing changes.</summary>
    public Task<Session> ReachAsync(Mesa mesa, int number, IReadOnlyList<RecordRef> records, Person by, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, session =>
        {
            if (session.LastNumbers is not { } last)
            {
                // Still open: the counters give its records its number, and its range is open-ended.
                return (session, []);
            }

            var late = session.LateNumbers ?? last;
            int Highest(RecordKind kind) => records.Where(r => r.Kind == kind).Select(r => r.Number).Append(late.Of(kind)).Max();
            var reach = new RecordNumbers(Highest(RecordKind.Agreement), Highest(RecordKind.ActionItem), Highest(RecordKind.Commitment));
            // No history line: each record's own "created" line is the act; this only tells the acta where to read.
            return reach == late ? (session, []) : (session with { LateNumbers = reach }, [new AuditChange(AuditAction.TextChanged, null, null)]);
        }, cancellationToken, history: false);
}
