using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MesaBot.Records.Stores;

/// <summary>
/// The repair for a host that died between a record's transaction and its index rows (nothing in
/// memory remembers that mesa then): every 30 s, each mesa whose sync marker is older than 10 s goes to
/// <see cref="IndexRepairQueue"/>, whose worker repairs it 2 s later, so an item is back in "mis
/// pendientes" and the reminders' date index within about 45 s. Every host sweeps (the repair is
/// idempotent): one query for the mesas, then one per mesa that is not archived.
/// </summary>
public sealed partial class IndexSweep(MesaStore mesas, PendingIndex index, IndexRepairQueue queue, TimeProvider time, ILogger<IndexSweep> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    // A marker this young may belong to a change whose index rows are being written right now.
    public static readonly TimeSpan MinimumAge = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage down: the markers stay where they are for the next sweep.
                Log.SweepFailed(logger, ex);
            }
        }
    }

    /// <returns>How many mesas were handed to the repair.</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - MinimumAge;
        var found = 0;
        foreach (var mesa in (await mesas.ListEveryTenantAsync(cancellationToken)).Where(m => !m.Archived))
        {
            if (await index.HasUnfinishedChangesAsync(mesa, cutoff, cancellationToken))
            {
                Log.Unfinished(logger, mesa.Code);
                queue.Enqueue(mesa);
                found++;
            }
        }

        return found;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Mesa {MesaCode} has an index change left unfinished; repairing it")]
        public static partial void Unfinished(ILogger logger, string mesaCode);

        [LoggerMessage(2, LogLevel.Warning, "Index sweep failed; trying again at the next one")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
