using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Scheduling;

/// <summary>
/// Every tick: hold (or take) the scheduler lease and, when this host leads, plan the hours that have begun.
/// Every host runs this; only the lease holder plans.
/// </summary>
public sealed partial class SchedulerService(
    SchedulerLease lease,
    ReminderScheduler scheduler,
    ReminderStorage storage,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await storage.CreateAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        do
        {
            try
            {
                if (await lease.TryHoldAsync(stoppingToken))
                {
                    await scheduler.RunOnceAsync(time.GetUtcNow(), stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage down or a bug in one run: the next tick tries again from the stored cursor.
                Log.TickFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await lease.ReleaseAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Reminder scheduler tick failed; retrying at the next tick.")]
        public static partial void TickFailed(ILogger logger, Exception error);
    }
}
