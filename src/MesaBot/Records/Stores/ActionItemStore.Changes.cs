namespace MesaBot.Records.Stores;

/// <summary>Changes to a tarea: see <see cref="ItemRowChanges{TRow, TItem}"/> for how each is written.</summary>
public sealed partial class ActionItemStore
{
    private ItemRowChanges<ItemEntity, ActionItem> Changes => field ??= new(
        writer, Kind, RecordFields.ActionItemText, RecordFields.ActionItemEditor, (mesa, number, ct) => ReadAsync(mesa, number, ct), e => e.ToItem(), Pending);

    public Task<ActionItem> EditTextAsync(Mesa mesa, int number, string text, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.EditTextAsync(mesa, number, text, by, expectedVersion, cancellationToken);

    /// <summary>Marks pendiente, en curso, cumplida or cancelada (nothing is ever deleted); reopening is allowed.</summary>
    public Task<ActionItem> SetStatusAsync(Mesa mesa, int number, ItemStatus status, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.SetStatusAsync(mesa, number, status, by, expectedVersion, cancellationToken);

    public Task<ActionItem> CancelAsync(Mesa mesa, int number, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.SetStatusAsync(mesa, number, ItemStatus.Cancelada, by, expectedVersion, cancellationToken);

    /// <summary>Moves the due date (a past date is allowed here: the item may be recorded late).</summary>
    public Task<ActionItem> SetDueDateAsync(Mesa mesa, int number, DateOnly dueDate, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        Changes.SetDueDateAsync(mesa, number, dueDate, by, expectedVersion, cancellationToken);

    public Task<ActionItem> ReassignAsync(Mesa mesa, int number, Person owner, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = MesaRules.CleanPerson(owner, RecordFields.ActionItemOwner);
        return Changes.ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.Owner;
            e.SetOwner(cleaned);
            return old == cleaned ? [] : [new AuditChange(AuditAction.OwnerChanged, old.Name, cleaned.Name)];
        }, cancellationToken);
    }
}
