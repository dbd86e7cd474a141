namespace MesaBot.Dates;

/// <summary>
/// The parser's inner answer. Keeps apart "this is not a date" (<see cref="DateReadingKind.Unreadable"/>) from
/// "this is a date that does not exist" (<see cref="DateReadingKind.Invalid"/>): finding a due date inside a
/// command needs the difference, since "para la mesa" is task text but "para el 31/02" is a mistake to report.
/// A <see cref="DateReadingKind.Vague"/> phrase ("para marzo") names a span, not a day: it carries concrete
/// <see cref="Suggestions"/>.
/// </summary>
internal readonly record struct DateReading(DateReadingKind Kind, DateOnly Date, DateReason? Reason)
{
    /// <summary>Concrete days for a vague phrase, earliest first; empty otherwise.</summary>
    public IReadOnlyList<DateOnly> Suggestions { get; init; } = [];

    /// <summary>
    /// For a day and month written without a year whose nearest occurrence (<see cref="Date"/>) is past: the
    /// next occurrence, so the user can choose between "already overdue" and "next year".
    /// </summary>
    public DateOnly? NextOccurrence { get; init; }

    /// <summary>The time of day written after the date ("a las 15:00"), if any.</summary>
    public TimeOnly? Time { get; init; }

    public static DateReading Read(DateOnly date) => new(DateReadingKind.Read, date, null);

    public static DateReading Invalid(string key, params object[] arguments) => new(DateReadingKind.Invalid, default, new DateReason(key, arguments));

    public static DateReading Vague(IReadOnlyList<DateOnly> suggestions) =>
        new(DateReadingKind.Vague, default, new DateReason(DateErrors.TooVague, [])) { Suggestions = suggestions };

    public static readonly DateReading Unreadable = new(DateReadingKind.Unreadable, default, null);
}

/// <summary>Why a date-like phrase is not a date: a <see cref="DateErrors"/> key and its arguments after the phrase.</summary>
internal sealed record DateReason(string Key, object[] Arguments);

internal enum DateReadingKind
{
    Read,
    Invalid,
    Vague,
    Unreadable,
}
