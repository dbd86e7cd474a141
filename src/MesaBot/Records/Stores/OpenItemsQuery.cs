namespace MesaBot.Records.Stores;

/// <summary>
/// A mesa's open tareas and compromisos together, in one request: both kinds keep a copy of each open
/// item under "open|T|…" and "open|C|…" in the mesa's partition, so one range query over "open|" reads
/// the open items and nothing of the history (plus the acuerdos marked for follow-up, "open|A|…", which
/// the list skips and the session agenda uses). This is what `pendientes` and `resumen` read.
/// </summary>
public sealed class OpenItemsQuery(OpenItemStore items)
{
    public Task<OpenItems> ReadAsync(Mesa mesa, CancellationToken cancellationToken) => items.OpenAsync(mesa, cancellationToken);

    /// <summary>The same items as a list shows them (both kinds, by due date), reading only the columns it shows.</summary>
    public Task<IReadOnlyList<PendingItem>> ListAsync(Mesa mesa, CancellationToken cancellationToken) => items.OpenListAsync(mesa, cancellationToken);
}
