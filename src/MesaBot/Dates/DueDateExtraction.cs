namespace MesaBot.Dates;

/// <summary>
/// A command split into its text and its due date. <see cref="Clause"/> is the part removed
/// ("para el viernes"), kept so a reply can echo it and so nothing the user wrote is silently lost.
/// </summary>
/// <param name="Text">The command without the date clause; the input untouched when no date was found.</param>
/// <param name="Date">The due date, or null when there is none or it could not be read.</param>
/// <param name="Clause">The removed clause as written, empty when nothing was removed.</param>
/// <param name="Error">Set when the clause looked like a date but is not a valid one.</param>
public sealed record DueDateExtraction(string Text, DateOnly? Date, string Clause, DateError? Error)
{
    /// <summary>With a <see cref="DateErrors.TooVague"/> error: one or two concrete days to offer instead.</summary>
    public IReadOnlyList<DateOnly> Suggestions { get; init; } = [];

    /// <summary>
    /// Set when <see cref="Date"/> is a day and month written without a year whose nearest occurrence is past:
    /// the same day next year. The caller asks which one was meant; nothing should be created before.
    /// </summary>
    public DateOnly? NextOccurrence { get; init; }

    /// <summary>The time of day written with the date ("el viernes a las 15:00"); null when none was.</summary>
    public TimeOnly? DueTime { get; init; }

    public static DueDateExtraction None(string text) => new(text, null, string.Empty, null);
}
