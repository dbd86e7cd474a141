using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Applies an <see cref="ItemChange"/> to a tarea or compromiso after checking who may: its responsible
/// person or a coordinator of the mesa. Chat commands and card buttons both come through here.
/// </summary>
public sealed class ItemActions(ActionItemStore actionItems, CommitmentStore commitments)
{
    public async Task<ItemView?> FindAsync(Mesa mesa, RecordRef reference, CancellationToken cancellationToken) =>
        reference.Kind switch
        {
            RecordKind.ActionItem => await actionItems.GetAsync(mesa, reference.Number, cancellationToken) is { } item ? ItemView.Of(mesa, item) : null,
            RecordKind.Commitment => await commitments.GetAsync(mesa, reference.Number, cancellationToken) is { } c ? ItemView.Of(mesa, c) : null,
            _ => null,
        };

    /// <summary>Who may change it: the responsible person (owner or follower) and the mesa's coordinators.</summary>
    public static bool MayChange(ItemView item, Person by) =>
        item.Responsible.IsSamePerson(by) || item.Mesa.IsCoordinator(by.ObjectId);

    /// <returns>The item after the change.</returns>
    /// <exception cref="RecordException">Not allowed, or the change makes no sense in its state.</exception>
    public async Task<ItemView> ApplyAsync(ItemView item, ItemChange change, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        if (!MayChange(item, by))
        {
            throw RecordException.Invalid(RecordErrors.ItemChangeNotAllowed, item.Mesa.Qualified(item.Ref), item.Responsible.Name);
        }

        var (mesa, number) = (item.Mesa, item.Ref.Number);
        return item.Ref.Kind == RecordKind.ActionItem
            ? ItemView.Of(mesa, await ApplyAsync(change,
                status => actionItems.SetStatusAsync(mesa, number, status, by, expectedVersion, cancellationToken),
                due => actionItems.SetDueDateAsync(mesa, number, due, by, expectedVersion, cancellationToken),
                owner => actionItems.ReassignAsync(mesa, number, owner, by, expectedVersion, cancellationToken),
                text => actionItems.EditTextAsync(mesa, number, text, by, expectedVersion, cancellationToken)))
            : ItemView.Of(mesa, await ApplyAsync(change,
                status => commitments.SetStatusAsync(mesa, number, status, by, expectedVersion, cancellationToken),
                due => commitments.SetDueDateAsync(mesa, number, due, by, expectedVersion, cancellationToken),
                follower => commitments.ReassignFollowerAsync(mesa, number, follower, by, expectedVersion, cancellationToken),
                text => commitments.EditTextAsync(mesa, number, text, by, expectedVersion, cancellationToken)));
    }

    // One reading of a change, whichever store carries it out.
    private static Task<T> ApplyAsync<T>(
        ItemChange change, Func<ItemStatus, Task<T>> setStatus, Func<DateOnly, Task<T>> setDue, Func<Person, Task<T>> reassign, Func<string, Task<T>> edit) =>
        change switch
        {
            ItemChange.Complete => setStatus(ItemStatus.Cumplida),
            ItemChange.Start => setStatus(ItemStatus.EnCurso),
            ItemChange.Reopen => setStatus(ItemStatus.Pendiente),
            ItemChange.Cancel => setStatus(ItemStatus.Cancelada),
            ItemChange.Postpone p => setDue(p.NewDueDate),
            ItemChange.Reassign r => reassign(r.NewOwner),
            ItemChange.Edit e => edit(e.NewText),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
}
