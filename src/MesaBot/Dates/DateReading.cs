namespace MesaBot.Dates;

/// <summary>
/// The parser's inner answer. Keeps apart "this is not a date" (<see cref="DateReadingKind.Unreadable"/>) from
/// "this is a date that does not exist" (<see cref="DateReadingKind.Invalid"/>): finding a due date inside a
/// command needs the difference, since "para la mesa" is task text but "para el 31/02" is a mistake to report.
/// </summary>
internal readonly record struct DateReading(DateReadingKind Kind, DateOnly Date, DateReason? Reason)
{
    public static DateReading Read(DateOnly date) => new(DateReadingKind.Read, date, null);

    public static DateReading Invalid(string key, params object[] arguments) => new(DateReadingKind.Invalid, default, new DateReason(key, arguments));

    public static readonly DateReading Unreadable = new(DateReadingKind.Unreadable, default, null);
}

/// <summary>Why a date-like phrase is not a date: a <see cref="DateErrors"/> key and its arguments after the phrase.</summary>
internal sealed record DateReason(string Key, object[] Arguments);

internal enum DateReadingKind
{
    Read,
    Invalid,
    Unreadable,
}
