using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Scheduling;

/// <summary>
/// Every tick: hold (or take) the scheduler lease and, when this host leads, plan the hours that have begun.
/// Every host runs this; only the lease holder plans, and runs the chores whose interval has passed.
/// </summary>
public sealed partial class SchedulerService(
    SchedulerLease lease,
    ReminderScheduler scheduler,
    IEnumerable<ISchedulerChore> chores,
    ReminderStorage storage,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<SchedulerService> logger) : BackgroundService
{
    // In memory: a host that takes the lease over runs each chore at once, which is what a chore is for.
    private readonly Dictionary<ISchedulerChore, DateTimeOffset> _nextRun = [];

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
                    await RunChoresAsync(stoppingToken);
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

    /// <summary>The chores due now, each on its own: one failing does not keep the others or the reminders from running.</summary>
    internal async Task RunChoresAsync(CancellationToken cancellationToken)
    {
        foreach (var chore in chores)
        {
            var now = time.GetUtcNow();
            if (_nextRun.TryGetValue(chore, out var next) && now < next)
            {
                continue;
            }

            _nextRun[chore] = now + chore.Every;
            try
            {
                await chore.RunOnceAsync(now, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Log.ChoreFailed(logger, chore.Name, ex);
            }
        }
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

        [LoggerMessage(2, LogLevel.Error, "Scheduler chore {Chore} failed; retrying at its next interval.")]
        public static partial void ChoreFailed(ILogger logger, string chore, Exception error);
    }
}
