namespace MesaBot.Reminders.Planning;

/// <summary>What a delivery is; its name is part of the idempotency key, so never rename one.</summary>
public enum ReminderKind
{
    /// <summary>Some days before the due date (the mesa's DaysBefore, e.g. 3 and 1).</summary>
    Upcoming,

    /// <summary>On the due date.</summary>
    DueToday,

    /// <summary>Every N business days after the due date while still open.</summary>
    Overdue,

    /// <summary>Weekly, to the mesa's channel: overdue items and deliveries that failed.</summary>
    OverdueSummary,

    /// <summary>Weekly, to the committee's conversation.</summary>
    Digest,
}
