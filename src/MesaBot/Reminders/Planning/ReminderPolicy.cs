using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Reminders.Planning;

/// <summary>
/// Which reminder, if any, an open item with <c>due</c> gets on local date <c>date</c>. Pure: the
/// scheduler asks it when planning and the worker asks it again before sending (the due date may have moved).
/// </summary>
public sealed class ReminderPolicy(ChileBusinessCalendar calendar)
{
    public ReminderKind? KindOn(DateOnly due, DateOnly date, ReminderSettings settings)
    {
        var ahead = due.DayNumber - date.DayNumber;
        if (ahead == 0)
        {
            return ReminderKind.DueToday;
        }

        if (ahead > 0)
        {
            return settings.DaysBefore.Contains(ahead) ? ReminderKind.Upcoming : null;
        }

        // Overdue: on business days only, every N business days counted from the due date.
        var every = Math.Max(1, settings.OverdueEveryBusinessDays);
        return calendar.IsBusinessDay(date) && calendar.BusinessDaysBetween(due, date) % every == 0
            ? ReminderKind.Overdue
            : null;
    }
}
