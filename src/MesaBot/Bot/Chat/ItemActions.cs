using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Applies an <see cref="ItemChange"/> to a tarea or compromiso, if the records say this person may
/// (<see cref="OpenItem.MayBeChangedBy"/>). Chat commands and card buttons both come through here.
/// </summary>
public sealed class ItemActions(OpenItemStore items, AuditLog audit, TimeProvider clock)
{
    /// <summary>How long a change can be undone from its card.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    public async Task<ItemView?> FindAsync(Mesa mesa, RecordRef reference, CancellationToken cancellationToken) =>
        await items.GetAsync(mesa, reference, cancellationToken) is { } item ? ItemView.Of(mesa, item) : null;

    /// <summary>Who may change it: the responsible person (owner or follower) and the mesa's coordinators.</summary>
    public static bool MayChange(ItemView item, Person by) => item.Item.MayBeChangedBy(by, item.Mesa);

    /// <returns>The item after the change.</returns>
    /// <exception cref="RecordException">Not allowed, or the change makes no sense in its state.</exception>
    public async Task<ItemView> ApplyAsync(ItemView item, ItemChange change, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        (await ChangeAsync(item, change, by, expectedVersion, cancellationToken)).After;

    /// <returns>The item before and after the change (the same when it changed nothing).</returns>
    /// <exception cref="RecordException">Not allowed, or the change makes no sense in its state.</exception>
    public Task<ItemChangeResult> ChangeAsync(ItemView item, ItemChange change, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        item.Item.EnsureMayBeChangedBy(by, item.Mesa);
        return WriteAsync(item, change, by, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// The history lines a card drawn at <paramref name="version"/> has not shown, oldest first. One request.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> ChangesSinceAsync(ItemView item, string? version, CancellationToken cancellationToken)
    {
        var since = long.TryParse(version, out var v) ? v : 0;
        return [.. (await audit.HistoryAsync(item.Mesa, item.Ref, cancellationToken)).Where(e => e.Revision > since)];
    }

    /// <summary>
    /// Undoes the change that made <paramref name="version"/> with its <paramref name="inverse"/>: an
    /// audited change like any other, under the same version check. Allowed within <see cref="UndoWindow"/>
    /// of the change (the history's time, not the card's) to whoever made it or may change the item;
    /// the author of a reassignment no longer answers for the item, yet may take it back.
    /// </summary>
    public async Task<UndoOutcome> UndoAsync(ItemView item, ItemChange inverse, Person by, string version, CancellationToken cancellationToken)
    {
        var made = (await ChangesSinceAsync(item, (long.Parse(item.Version) - 1).ToString(), cancellationToken)).LastOrDefault();
        if (made is null || made.Revision.ToString() != version || clock.GetUtcNow() - made.At > UndoWindow)
        {
            return new UndoOutcome(null, UndoRefusal.Expired);
        }

        // The button's data only names the inverse; the history says what the value really was, so a
        // forged "Deshacer" cannot make some other change under the undo's wider permission.
        if ((!made.By.IsSamePerson(by) && !MayChange(item, by)) || !Restores(made, inverse))
        {
            return new UndoOutcome(null, UndoRefusal.NotAllowed);
        }

        return new UndoOutcome(await WriteAsync(item, inverse, by, version, cancellationToken), null);
    }

    private static bool Restores(AuditEntry made, ItemChange inverse) => inverse switch
    {
        ItemChange.Postpone p => made.Action == AuditAction.DueDateChanged && made.OldValue == RecordDates.Spanish(p.NewDueDate),
        // By identity, not name: two people of the mesa may share one. A line without ids (written before
        // they were kept) cannot say who it was, so it is not undone.
        ItemChange.Reassign r => made.Action == AuditAction.OwnerChanged && made.OldPersonId is { } id
            && r.NewOwner.IsSamePerson(new Person(id, made.OldValue ?? string.Empty)),
        ItemChange.Edit e => made.Action == AuditAction.TextChanged && made.OldValue == e.NewText,
        ItemChange.Reopen => Was(made, ItemStatus.Pendiente),
        ItemChange.Start => Was(made, ItemStatus.EnCurso),
        ItemChange.Complete => Was(made, ItemStatus.Cumplida),
        // Undoing a creation cancels the item: the record stays, closed, with its history.
        ItemChange.Cancel => Was(made, ItemStatus.Cancelada) || made.Action == AuditAction.Created,
        _ => false,
    };

    private static bool Was(AuditEntry made, ItemStatus status) => made.Action == AuditAction.StatusChanged && made.OldValue == status.Label();

    private async Task<ItemChangeResult> WriteAsync(ItemView item, ItemChange change, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var (mesa, record) = (item.Mesa, item.Ref);
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
        return new ItemChangeResult(item, ItemView.Of(mesa, changed), by);
    }
}

/// <summary>A change as it happened: the item before and after, and who made it.</summary>
public sealed record ItemChangeResult(ItemView Before, ItemView After, Person By)
{
    public bool ChangedAnything => Before.Version != After.Version;
}

public enum UndoRefusal
{
    /// <summary>Ten minutes have passed, or the change named is not the item's last.</summary>
    Expired,

    NotAllowed,
}

public sealed record UndoOutcome(ItemChangeResult? Done, UndoRefusal? Refused);
