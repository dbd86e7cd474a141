using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Applies an <see cref="ItemChange"/> to a tarea or compromiso, if the records say this person may
/// (<see cref="OpenItem.MayBeChangedBy"/>). Chat commands and card buttons both come through here.
/// </summary>
public sealed class ItemActions(OpenItemStore items)
{
    public async Task<ItemView?> FindAsync(Mesa mesa, RecordRef reference, CancellationToken cancellationToken) =>
        await items.GetAsync(mesa, reference, cancellationToken) is { } item ? ItemView.Of(mesa, item) : null;

    /// <summary>Who may change it: the responsible person (owner or follower) and the mesa's coordinators.</summary>
    public static bool MayChange(ItemView item, Person by) => item.Item.MayBeChangedBy(by, item.Mesa);

    /// <returns>The item after the change.</returns>
    /// <exception cref="RecordException">Not allowed, or the change makes no sense in its state.</exception>
    public async Task<ItemView> ApplyAsync(ItemView item, ItemChange change, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var (mesa, record) = (item.Mesa, item.Ref);
        item.Item.EnsureMayBeChangedBy(by, mesa);
        var changed = change switch
        {
            ItemChange.Complete => await items.SetStatusAsync(mesa, record, ItemStatus.Cumplida, by, expectedVersion, cancellationToken),
            ItemChange.Start => await items.SetStatusAsync(mesa, record, ItemStatus.EnCurso, by, expectedVersion, cancellationToken),
            ItemChange.Reopen => await items.SetStatusAsync(mesa, record, ItemStatus.Pendiente, by, expectedVersion, cancellationToken),
            ItemChange.Cancel => await items.SetStatusAsync(mesa, record, ItemStatus.Cancelada, by, expectedVersion, cancellationToken),
            ItemChange.Postpone p => await items.SetDueDateAsync(mesa, record, p.NewDueDate, by, expectedVersion, cancellationToken),
            ItemChange.Reassign r => await items.ReassignAsync(mesa, record, r.NewOwner, by, expectedVersion, cancellationToken),
            ItemChange.Edit e => await items.EditTextAsync(mesa, record, e.NewText, by, expectedVersion, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        return ItemView.Of(mesa, changed);
    }
}
