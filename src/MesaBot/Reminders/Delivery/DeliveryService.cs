using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>Every host delivers: drains the queue, then runs the recovery pass, then waits a poll interval.</summary>
public sealed partial class DeliveryService(
    DeliveryWorker worker,
    ReminderStorage storage,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<DeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await storage.CreateAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await worker.DrainAsync(stoppingToken);
                await worker.RecoverAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage or Teams unavailable: nothing is lost (ledger and queue keep the work); try again soon.
                Log.PassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Reminder delivery pass failed; retrying at the next poll.")]
        public static partial void PassFailed(ILogger logger, Exception error);
    }
}
