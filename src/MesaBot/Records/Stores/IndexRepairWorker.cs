using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MesaBot.Records.Stores;

/// <summary>
/// Repairs, in the background, the index of every mesa whose index write failed after its record was
/// committed, so an item is missing from "mis pendientes" and from the reminders' date index for
/// seconds, not for ever: the first try after 2 s, then 10 s, 30 s and every minute while storage refuses.
/// </summary>
public sealed partial class IndexRepairWorker(IndexRepairQueue queue, IndexRepair repair, TimeProvider time, ILogger<IndexRepairWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mesa in queue.ReadAllAsync(stoppingToken))
        {
            await RepairAsync(mesa, stoppingToken);
        }
    }

    private async Task RepairAsync(Mesa mesa, CancellationToken stoppingToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await Task.Delay(Delays[Math.Min(attempt, Delays.Length - 1)], time, stoppingToken);
            try
            {
                var report = await repair.RepairIndexesAsync(mesa, stoppingToken);
                Log.Repaired(logger, mesa.Code, report.RowsWritten, report.StaleRowsRemoved);
                queue.Repaired(mesa);
                return;
            }
            catch (RequestFailedException ex)
            {
                Log.StillFailing(logger, mesa.Code, attempt + 1, ex.Status, ex);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Index of mesa {MesaCode} repaired: {RowsWritten} rows written, {StaleRowsRemoved} stale removed")]
        public static partial void Repaired(ILogger logger, string mesaCode, int rowsWritten, int staleRowsRemoved);

        [LoggerMessage(2, LogLevel.Warning, "Index repair of mesa {MesaCode} failed (attempt {Attempt}, status {Status}); trying again")]
        public static partial void StillFailing(ILogger logger, string mesaCode, int attempt, int status, Exception exception);
    }
}
