using MesaBot.Records;

namespace MesaBot.Reminders.Cards;

/// <summary>What a reminder card shows of a tarea or compromiso, read fresh from its store.</summary>
public sealed record ReminderItem(RecordRef Ref, string Text, DateOnly DueDate, Person Person, string? Partner, string Version)
{
    /// <summary>The time of day written with the due date, said in the day-of reminder.</summary>
    public TimeOnly? DueTime { get; init; }

    public static ReminderItem From(OpenItem item) => new(item.Ref, item.Text, item.DueDate, item.Accountable, item.Partner, item.Version) { DueTime = item.DueTime };
}
