using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// Changes to a tarea. Each reads the record (one request), refuses if <c>expectedVersion</c> is given
/// and stale, then writes record, open copy and history in one transaction under the record's ETag:
/// of two simultaneous changes one wins and the other gets <see cref="ConcurrentChangeException"/>.
/// </summary>
public sealed partial class ActionItemStore
{
    public Task<ActionItem> EditTextAsync(Mesa mesa, int number, string text, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = RecordText.Clean(text, "El texto de la tarea");
        return ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.Text;
            e.Text = cleaned;
            return old == cleaned ? [] : [new AuditChange(AuditAction.TextChanged, old, cleaned)];
        }, cancellationToken);
    }

    /// <summary>Marks pendiente, en curso, cumplida or cancelada (nothing is ever deleted); reopening is allowed.</summary>
    public Task<ActionItem> SetStatusAsync(Mesa mesa, int number, ItemStatus status, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = Enum.Parse<ItemStatus>(e.Status);
            if (old == status)
            {
                return [];
            }

            e.Status = status.ToString();
            e.SetCompletion(status.IsOpen() ? null : by, status.IsOpen() ? null : writer.Now);
            return [new AuditChange(AuditAction.StatusChanged, old.Label(), status.Label())];
        }, cancellationToken);

    public Task<ActionItem> CancelAsync(Mesa mesa, int number, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        SetStatusAsync(mesa, number, ItemStatus.Cancelada, by, expectedVersion, cancellationToken);

    /// <summary>Moves the due date (a past date is allowed here: the item may be recorded late).</summary>
    public Task<ActionItem> SetDueDateAsync(Mesa mesa, int number, DateOnly dueDate, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.DueDate;
            e.DueDate = RecordDates.Format(dueDate);
            return old == e.DueDate ? [] : [new AuditChange(AuditAction.DueDateChanged, RecordDates.Spanish(RecordDates.Parse(old)), RecordDates.Spanish(dueDate))];
        }, cancellationToken);

    public Task<ActionItem> ReassignAsync(Mesa mesa, int number, Person owner, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = MesaRules.CleanPerson(owner, "el responsable de la tarea");
        return ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.Owner;
            e.SetOwner(cleaned);
            return old == cleaned ? [] : [new AuditChange(AuditAction.OwnerChanged, old.Name, cleaned.Name)];
        }, cancellationToken);
    }

    private async Task<ActionItem> ChangeAsync(
        Mesa mesa, int number, Person by, string? expectedVersion, Func<ItemEntity, IReadOnlyList<AuditChange>> apply, CancellationToken cancellationToken)
    {
        var actor = MesaRules.CleanPerson(by, "quien modifica la tarea");
        var record = new RecordRef(Kind, number);
        var entity = await ReadAsync(mesa, number, cancellationToken)
            ?? throw new RecordNotFoundException($"No existe {record} en la mesa {mesa.Code}.");
        RecordWriter.CheckVersion(entity.Revision, expectedVersion, record);
        var before = entity.ToItem();
        var etag = entity.ETag;
        var changes = apply(entity);
        if (changes.Count == 0)
        {
            return before;
        }

        entity.Revision++;
        var after = entity.ToItem();
        var batch = new PartitionBatch(entity.PartitionKey);
        batch.Add(TableTransactionActionType.UpdateReplace, entity, etag);
        if (after.IsOpen)
        {
            batch.Add(TableTransactionActionType.UpsertReplace, entity.Copy(RecordKeys.OpenRow(Kind, number)));
        }
        else if (before.IsOpen)
        {
            batch.Add(TableTransactionActionType.Delete, new TableEntity(entity.PartitionKey, RecordKeys.OpenRow(Kind, number)), ETag.All);
        }

        await writer.SubmitChangeAsync(batch, record, entity.Revision, changes, actor, Pending(mesa, before), Pending(mesa, after), cancellationToken);
        return after;
    }
}
