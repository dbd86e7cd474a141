using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// Changes to a tarea or a compromiso, all through <see cref="ChangeAsync"/>: it reads the record (one
/// request), refuses if <c>expectedVersion</c> is given and stale, then writes record, open copy and
/// history in one transaction under the record's ETag: of two simultaneous changes one wins and the
/// other gets a concurrent <see cref="RecordException"/>. Then the person and date indexes follow (docs/storage.md).
/// Who may ask for a change is <see cref="OpenItem.MayBeChangedBy"/>'s question, asked by the caller.
/// </summary>
public sealed partial class OpenItemStore
{
    public Task<OpenItem> EditTextAsync(Mesa mesa, RecordRef record, string text, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = RecordText.Clean(text, record.Kind == RecordKind.Commitment ? RecordFields.CommitmentText : RecordFields.ActionItemText);
        return ChangeAsync(mesa, record, by, expectedVersion, row =>
        {
            var old = row.Text;
            row.Text = cleaned;
            return old == cleaned ? [] : [new AuditChange(AuditAction.TextChanged, old, cleaned)];
        }, cancellationToken);
    }

    /// <summary>Marks pendiente, en curso, cumplida or cancelada (nothing is ever deleted); reopening is allowed.</summary>
    public Task<OpenItem> SetStatusAsync(Mesa mesa, RecordRef record, ItemStatus status, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, record, by, expectedVersion, row =>
        {
            var old = row.Status;
            if (old == status)
            {
                return [];
            }

            row.Status = status;
            row.SetCompletion(status.IsOpen() ? null : by, status.IsOpen() ? null : writer.Now);
            return [new AuditChange(AuditAction.StatusChanged, old.Label(), status.Label())];
        }, cancellationToken);

    /// <summary>Moves the due date (a past date is allowed here: the item may be recorded late).</summary>
    public Task<OpenItem> SetDueDateAsync(Mesa mesa, RecordRef record, DateOnly dueDate, Person by, string? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(mesa, record, by, expectedVersion, row =>
        {
            var old = row.DueDate;
            row.DueDate = RecordDates.Format(dueDate);
            return old == row.DueDate ? [] : [new AuditChange(AuditAction.DueDateChanged, RecordDates.Spanish(RecordDates.Parse(old)), RecordDates.Spanish(dueDate))];
        }, cancellationToken);

    /// <summary>Hands the item to another person: a tarea's owner, a compromiso's follower.</summary>
    public Task<OpenItem> ReassignAsync(Mesa mesa, RecordRef record, Person accountable, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = MesaRules.CleanPerson(accountable, record.Kind == RecordKind.Commitment ? RecordFields.CommitmentFollower : RecordFields.ActionItemOwner);
        return ChangeAsync(mesa, record, by, expectedVersion, row =>
        {
            var old = row.Accountable;
            row.Accountable = cleaned;
            return old == cleaned ? [] : [AuditChange.Of(AuditAction.OwnerChanged, old, cleaned)];
        }, cancellationToken);
    }

    private async Task<OpenItem> ChangeAsync(
        Mesa mesa, RecordRef record, Person by, string? expectedVersion, Func<ItemRow, IReadOnlyList<AuditChange>> apply, CancellationToken cancellationToken)
    {
        var actor = MesaRules.CleanPerson(by, record.Kind == RecordKind.Commitment ? RecordFields.CommitmentEditor : RecordFields.ActionItemEditor);
        record = new RecordRef(record.Kind, record.Number);
        var row = (IsItem(record.Kind) ? await ReadAsync(mesa, record, cancellationToken) : null)
            ?? throw RecordException.NotFound(RecordErrors.RecordNotFound, record.ToString(), mesa.Code);
        RecordWriter.CheckVersion(row.Revision, expectedVersion, record);
        var before = row.ToItem();
        var changes = apply(row);
        if (changes.Count == 0)
        {
            return before;
        }

        row.Revision++;
        var after = row.ToItem();
        var batch = new PartitionBatch(row.PartitionKey);
        batch.Add(TableTransactionActionType.UpdateReplace, row.Record(), row.ETag);
        if (after.IsOpen)
        {
            batch.Add(TableTransactionActionType.UpsertReplace, row.OpenCopy());
        }
        else if (before.IsOpen)
        {
            batch.Add(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, RecordKeys.OpenRow(record.Kind, record.Number)), ETag.All);
        }

        // The digest's summary follows in the same transaction: an added row, so it never conflicts (DigestSummaryStore).
        batch.Add(TableTransactionActionType.Add, DigestEntry.Of(after).Delta(row.PartitionKey, writer.Now));
        await writer.SubmitChangeAsync(mesa, batch, record, row.Revision, changes, actor, before.Pending(mesa), after.Pending(mesa), cancellationToken);
        return after;
    }
}
