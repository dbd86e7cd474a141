namespace MesaBot.Reminders.Scheduling;

/// <summary>
/// A periodic pass that must run on one host at a time (the idle-session question, for one): the
/// scheduler's lease holder runs it on its tick once <see cref="Every"/> has passed since its last run.
/// Parts above Reminders implement it, so the scheduler needs to know nothing of them.
/// </summary>
public interface ISchedulerChore
{
    string Name { get; }

    TimeSpan Every { get; }

    Task RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
