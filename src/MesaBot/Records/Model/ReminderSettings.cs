namespace MesaBot.Records;

/// <summary>When a mesa's people are reminded of what they owe; read by the scheduler, not by the stores.</summary>
public sealed record ReminderSettings(IReadOnlyList<int> DaysBefore, int Hour, int OverdueEveryBusinessDays)
{
    /// <summary>Opt-in: commitments with a contact e-mail also remind the partner's contact, by e-mail.</summary>
    public bool EmailPartners { get; init; }

    public static ReminderSettings Default { get; } = new([3, 1, 0], 9, 3);
}
