namespace MesaBot.Dates;

/// <summary>
/// Why a date could not be read: a key of <see cref="DateErrors"/> and culture-neutral arguments (the
/// phrase as written, dates, weekdays). The bot says it in the mesa's language.
/// </summary>
public sealed record DateError(string Key, IReadOnlyList<object> Arguments)
{
    private const int MaxQuotedLength = 40;

    /// <summary>"No date here", "this date does not exist"…, quoting at most 40 characters of the phrase.</summary>
    internal static DateError For(string? phrase, DateReading reading)
    {
        var quoted = Quote(phrase);
        if (quoted.Length == 0)
        {
            return new DateError(DateErrors.Missing, []);
        }

        return reading.Reason is { } reason
            ? new DateError(reason.Key, [quoted, .. reason.Arguments])
            : new DateError(DateErrors.Unreadable, [quoted]);
    }

    private static string Quote(string? phrase)
    {
        var trimmed = (phrase ?? string.Empty).Trim();
        if (trimmed.Length <= MaxQuotedLength)
        {
            return trimmed;
        }

        var cut = char.IsHighSurrogate(trimmed[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return string.Concat(trimmed.AsSpan(0, cut), "…");
    }
}

/// <summary>The keys of <see cref="DateError"/>; texts in Bot/Resources/Errors*.resx. Arguments in order after each.</summary>
public static class DateErrors
{
    public const string Missing = "DateMissing"; // no arguments
    public const string Unreadable = "DateUnreadable"; // phrase
    public const string DayDoesNotExist = "DateDayDoesNotExist"; // phrase
    public const string YearOutOfRange = "DateYearOutOfRange"; // phrase
    public const string TooFar = "DateTooFar"; // phrase
    public const string WeekdayMismatch = "DateWeekdayMismatch"; // phrase, date (DateOnly), weekday written (DayOfWeek)
    public const string TooVague = "DateTooVague"; // phrase; the extraction carries concrete suggestions
    public const string PastWord = "DatePastWord"; // phrase ("ayer"): a word for a day already gone
}
