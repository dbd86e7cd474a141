namespace MesaBot.Records.Stores;

/// <summary>Changes to a compromiso: see <see cref="ItemRowChanges{TRow, TItem}"/> for how each is written.</summary>
public sealed partial class CommitmentStore
{
    private ItemRowChanges<CommitmentEntity, Commitment> Changes => field ??= new(
        writer, Kind, RecordFields.CommitmentText, RecordFields.CommitmentEditor, (mesa, number, ct) => ReadAsync(mesa, number, ct), e => e.ToCommitment(), Pending);

    public Task<Commitment> EditTextAsync(Mesa mesa, int number, string text, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.EditTextAsync(mesa, number, text, by, expectedVersion, cancellationToken);

    /// <summary>Marks pendiente, en curso, cumplida or cancelada (nothing is ever deleted); reopening is allowed.</summary>
    public Task<Commitment> SetStatusAsync(Mesa mesa, int number, ItemStatus status, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.SetStatusAsync(mesa, number, status, by, expectedVersion, cancellationToken);

    public Task<Commitment> CancelAsync(Mesa mesa, int number, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.SetStatusAsync(mesa, number, ItemStatus.Cancelada, by, expectedVersion, cancellationToken);

    /// <summary>Moves the due date (a past date is allowed here: the item may be recorded late).</summary>
    public Task<Commitment> SetDueDateAsync(Mesa mesa, int number, DateOnly dueDate, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.SetDueDateAsync(mesa, number, dueDate, by, expectedVersion, cancellationToken);

    /// <summary>Hands the follow-up to another mesa member.</summary>
    public Task<Commitment> ReassignFollowerAsync(Mesa mesa, int number, Person follower, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = MesaRules.CleanPerson(follower, RecordFields.CommitmentFollower);
        return Changes.ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.FollowedBy;
            e.SetFollower(cleaned);
            return old == cleaned ? [] : [new AuditChange(AuditAction.OwnerChanged, old.Name, cleaned.Name)];
        }, cancellationToken);
    }
}
