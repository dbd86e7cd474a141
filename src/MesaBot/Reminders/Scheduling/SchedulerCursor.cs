using Azure;
using Azure.Data.Tables;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;
using MesaBot.Storage;

namespace MesaBot.Reminders.Scheduling;

/// <summary>
/// The last local hour the scheduler finished, in the reminders table. Moved under its ETag: if two
/// schedulers ever overlap (a lease lapsing mid-run), only one advances it.
/// </summary>
public sealed class SchedulerCursor(TableStorage storage)
{
    private const string Partition = "state";
    private const string Row = "cursor";

    private TableClient Table => storage.Table(DeliveryLedger.TableName);

    public async Task<(HourSlot? Slot, ETag ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
        return response.HasValue ? (HourSlot.Parse(response.Value!.GetString("Slot")), response.Value.ETag) : (null, default);
    }

    /// <summary>Stores <paramref name="slot"/> as done. Returns the new ETag, or null when another scheduler moved the cursor.</summary>
    public async Task<ETag?> TryAdvanceAsync(HourSlot slot, ETag etag, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, Row) { ["Slot"] = slot.ToString() };
        try
        {
            var response = etag == default
                ? await Table.AddEntityAsync(entity, cancellationToken)
                : await Table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }
}
