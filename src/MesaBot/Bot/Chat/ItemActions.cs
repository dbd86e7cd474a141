using MesaBot.Bot.Resources;
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
    /// <exception cref="RecordValidationException">Not allowed, or the change makes no sense in its state.</exception>
    public async Task<ItemView> ApplyAsync(ItemView item, ItemChange change, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        if (!MayChange(item, by))
        {
            throw new RecordValidationException(string.Format(Strings.Item_NotAllowed, item.Mesa.Qualified(item.Ref), item.Responsible.Name));
        }

        var mesa = item.Mesa;
        var number = item.Ref.Number;
        if (item.Ref.Kind == RecordKind.ActionItem)
        {
            var updated = change switch
            {
                ItemChange.Complete => await actionItems.SetStatusAsync(mesa, number, ItemStatus.Cumplida, by, expectedVersion, cancellationToken),
                ItemChange.Start => await actionItems.SetStatusAsync(mesa, number, ItemStatus.EnCurso, by, expectedVersion, cancellationToken),
                ItemChange.Reopen => await actionItems.SetStatusAsync(mesa, number, ItemStatus.Pendiente, by, expectedVersion, cancellationToken),
                ItemChange.Cancel => await actionItems.CancelAsync(mesa, number, by, expectedVersion, cancellationToken),
                ItemChange.Postpone p => await actionItems.SetDueDateAsync(mesa, number, p.NewDueDate, by, expectedVersion, cancellationToken),
                ItemChange.Reassign r => await actionItems.ReassignAsync(mesa, number, r.NewOwner, by, expectedVersion, cancellationToken),
                ItemChange.Edit e => await actionItems.EditTextAsync(mesa, number, e.NewText, by, expectedVersion, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(change)),
            };
            return ItemView.Of(mesa, updated);
        }

        var commitment = change switch
        {
            ItemChange.Complete => await commitments.SetStatusAsync(mesa, number, ItemStatus.Cumplida, by, expectedVersion, cancellationToken),
            ItemChange.Start => await commitments.SetStatusAsync(mesa, number, ItemStatus.EnCurso, by, expectedVersion, cancellationToken),
            ItemChange.Reopen => await commitments.SetStatusAsync(mesa, number, ItemStatus.Pendiente, by, expectedVersion, cancellationToken),
            ItemChange.Cancel => await commitments.CancelAsync(mesa, number, by, expectedVersion, cancellationToken),
            ItemChange.Postpone p => await commitments.SetDueDateAsync(mesa, number, p.NewDueDate, by, expectedVersion, cancellationToken),
            ItemChange.Reassign r => await commitments.ReassignFollowerAsync(mesa, number, r.NewOwner, by, expectedVersion, cancellationToken),
            ItemChange.Edit e => await commitments.EditTextAsync(mesa, number, e.NewText, by, expectedVersion, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        return ItemView.Of(mesa, commitment);
    }
}
