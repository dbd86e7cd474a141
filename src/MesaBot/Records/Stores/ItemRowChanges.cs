using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>What a tarea row and a compromiso row share, so both are changed by one piece of code.</summary>
internal interface IItemRow : ITableEntity
{
    string Text { get; set; }
    string DueDate { get; set; }
    string Status { get; set; }
    long Revision { get; set; }

    void SetCompletion(Person? by, DateTimeOffset? at);

    /// <summary>The same row under another key (the "open|" copy).</summary>
    ITableEntity CopyAs(string rowKey);
}

/// <summary>
/// Changes to a tarea or a compromiso. Each reads the record (one request), refuses if
/// <c>expectedVersion</c> is given and stale, then writes record, open copy and history in one
/// transaction under the record's ETag: of two simultaneous changes one wins and the other gets
/// a concurrent <see cref="RecordException"/>. Then the person and date indexes follow (docs/storage.md).
/// </summary>
internal sealed class ItemRowChanges<TRow, TItem>(
    RecordWriter writer,
    RecordKind kind,
    TextField textField,
    PersonRole editor,
    Func<Mesa, int, CancellationToken, Task<TRow?>> read,
    Func<TRow, TItem> toItem,
    Func<Mesa, TItem, PendingItem?> pending)
    where TRow : class, IItemRow
    where TItem : class
{
    public Task<TItem> EditTextAsync(Mesa mesa, int number, string text, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = RecordText.Clean(text, textField);
        return ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.Text;
            e.Text = cleaned;
            return old == cleaned ? [] : [new AuditChange(AuditAction.TextChanged, old, cleaned)];
        }, cancellationToken);
    }

    /// <summary>Marks pendiente, en curso, cumplida or cancelada (nothing is ever deleted); reopening is allowed.</summary>
    public Task<TItem> SetStatusAsync(Mesa mesa, int number, ItemStatus status, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
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

    /// <summary>Moves the due date (a past date is allowed here: the item may be recorded late).</summary>
    public Task<TItem> SetDueDateAsync(Mesa mesa, int number, DateOnly dueDate, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, number, by, expectedVersion, e =>
        {
            var old = e.DueDate;
            e.DueDate = RecordDates.Format(dueDate);
            return old == e.DueDate ? [] : [new AuditChange(AuditAction.DueDateChanged, RecordDates.Spanish(RecordDates.Parse(old)), RecordDates.Spanish(dueDate))];
        }, cancellationToken);

    public async Task<TItem> ChangeAsync(
        Mesa mesa, int number, Person by, string? expectedVersion, Func<TRow, IReadOnlyList<AuditChange>> apply, CancellationToken cancellationToken)
    {
        var actor = MesaRules.CleanPerson(by, editor);
        var record = new RecordRef(kind, number);
        var entity = await read(mesa, number, cancellationToken)
            ?? throw RecordException.NotFound(RecordErrors.RecordNotFound, record.ToString(), mesa.Code);
        RecordWriter.CheckVersion(entity.Revision, expectedVersion, record);
        var before = toItem(entity);
        var etag = entity.ETag;
        var changes = apply(entity);
        if (changes.Count == 0)
        {
            return before;
        }

        entity.Revision++;
        var after = toItem(entity);
        var wasOpen = pending(mesa, before) is not null;
        var isOpen = pending(mesa, after) is not null;
        var batch = new PartitionBatch(entity.PartitionKey);
        batch.Add(TableTransactionActionType.UpdateReplace, entity, etag);
        if (isOpen)
        {
            batch.Add(TableTransactionActionType.UpsertReplace, entity.CopyAs(RecordKeys.OpenRow(kind, number)));
        }
        else if (wasOpen)
        {
            batch.Add(TableTransactionActionType.Delete, new TableEntity(entity.PartitionKey, RecordKeys.OpenRow(kind, number)), ETag.All);
        }

        await writer.SubmitChangeAsync(batch, record, entity.Revision, changes, actor, pending(mesa, before), pending(mesa, after), cancellationToken);
        return after;
    }
}
