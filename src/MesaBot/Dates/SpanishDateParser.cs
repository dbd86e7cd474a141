using System.Text.RegularExpressions;

namespace MesaBot.Dates;

/// <summary>
/// Reads the dates Chileans write in chat ("el viernes", "15/12", "15 de diciembre", "en 3 días", "fin de mes")
/// relative to a <c>today</c> the caller computes in the mesa's time zone; it never reads a clock.
/// </summary>
/// <remarks>
/// Choices worth knowing:
/// <list type="bullet">
/// <item>A weekday ("viernes", "el próximo viernes", "este viernes") is its next occurrence after today,
/// 1 to 7 days ahead: on a Friday, "el viernes" is a week later.</item>
/// <item>A day and month without a year ("15/12", "29 de febrero") is the next such date from today on, today
/// included. With a weekday ("lunes 15 de diciembre", as the cards write it) the
/// weekday picks this year's date when the upcoming one falls on another weekday.</item>
/// <item>"el 15" alone is the next 15th from today on.</item>
/// <item>"fin de mes" is the last day of the current month, which may be today; "fin de año" is 31 December.</item>
/// <item>"la próxima semana", "la semana que viene" and "la otra semana" are next Monday.</item>
/// <item>Two-digit years are 20xx.</item>
/// <item>A day and month without a year is its NEAREST occurrence: "27/11" on 1 December is four days ago, and
/// the reading says so (<see cref="DueDateExtraction.NextOccurrence"/>) so the bot can ask.</item>
/// <item>"en 10 días hábiles" counts business days with <see cref="ChileBusinessCalendar"/> (without one, only
/// weekends are skipped).</item>
/// <item>A time of day after the date ("mañana a las 10", "el viernes a las 15:00") is accepted and kept apart (<c>DueTime</c>):
/// items are due on a day, the hour is shown with it and reminders say it.</item>
/// <item>A month or part of one ("para marzo", "primera semana de enero") is too vague: the reading carries
/// its first and last business day as suggestions.</item>
/// </list>
/// </remarks>
public static partial class SpanishDateParser
{
    // No date phrase is longer; the cap keeps pasted paragraphs away from the regular expressions.
    private const int MaxPhraseLength = 80;

    // Far enough for any plausible deadline, near enough that no arithmetic leaves DateOnly's range.
    private const int MaxDaysAhead = 36_500;

    private static readonly ChileBusinessCalendar WeekendsOnly = new(Microsoft.Extensions.Options.Options.Create(new HolidayOptions()));

    /// <summary>
    /// A date phrase alone, as a new date for an existing item ("posponer T-3 15/12"): moving a deadline
    /// into the past means nothing, so a day and month without a year is its upcoming occurrence here.
    /// <see cref="ExtractDueDate"/>, for new items, reports the nearest one and lets the bot ask.
    /// </summary>
    public static DateParseResult Parse(string phrase, DateOnly today, ChileBusinessCalendar? calendar = null)
    {
        var reading = Read(phrase, today, calendar);
        return reading.Kind == DateReadingKind.Read
            ? DateParseResult.Ok(reading.NextOccurrence ?? reading.Date)
            : DateParseResult.Fail(DateError.For(phrase, reading));
    }

    internal static DateReading Read(string? phrase, DateOnly today, ChileBusinessCalendar? calendar = null)
    {
        var text = Normalize(phrase ?? string.Empty);
        if (text.Length is 0 or > MaxPhraseLength)
        {
            return DateReading.Unreadable;
        }

        // "mañana a las 10": the day is what decides; the hour is kept with it, never a reason to refuse.
        TimeOnly? time = null;
        if (TimeOfDay().Match(text) is { Success: true } timed)
        {
            text = timed.Groups["date"].Value;
            time = TimeOf(timed);
        }

        calendar ??= WeekendsOnly;
        var reading = ReadFixedPhrase(text, today)
            ?? ReadWeekday(text, today)
            ?? ReadBusinessDays(text, today, calendar)
            ?? ReadRelative(text, today)
            ?? CalendarDateReader.Read(text, today)
            ?? VagueDateReader.Read(text, today, calendar)
            ?? DateReading.Unreadable;
        return reading.Kind == DateReadingKind.Read ? reading with { Time = time } : reading;
    }

    // "a las 3 pm" is 15:00; "a las 12 am" midnight; without a suffix the hour is read on the 24-hour clock.
    private static TimeOnly TimeOf(Match timed)
    {
        var hour = int.Parse(timed.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = timed.Groups["m"].Success ? int.Parse(timed.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        hour = timed.Groups["suffix"].Value switch
        {
            "pm" when hour < 12 => hour + 12,
            "am" when hour == 12 => 0,
            _ => hour,
        };
        return new TimeOnly(hour, minute);
    }

    private static DateReading? ReadBusinessDays(string text, DateOnly today, ChileBusinessCalendar calendar)
    {
        var match = BusinessDaysPhrase().Match(text);
        if (!match.Success || SpanishWords.ReadNumber(match.Groups["n"].Value) is not { } count)
        {
            return null;
        }

        // About 250 business days a year: the same horizon as calendar days, and a loop that stays short.
        return count > MaxDaysAhead / 2 ? DateReading.Invalid(DateErrors.TooFar) : DateReading.Read(calendar.AddBusinessDays(today, count));
    }

    /// <summary>Folded, one space between words, no trailing period, no period after an abbreviation ("dic.").</summary>
    internal static string Normalize(string phrase)
    {
        var folded = SpanishWords.Fold(phrase).Replace(',', ' ');
        folded = PeriodAfterLetter().Replace(folded, string.Empty);
        folded = Spaces().Replace(folded, " ").Trim();
        return folded.TrimEnd('.').TrimEnd();
    }

    private static DateReading? ReadFixedPhrase(string text, DateOnly today) => text switch
    {
        "hoy" => DateReading.Read(today),
        "manana" => AddDays(today, 1),
        "pasado manana" => AddDays(today, 2),
        "fin de mes" or "fin del mes" or "fin de este mes" or "fines de mes" or "finales de mes"
            or "a fin de mes" or "a fines de mes" or "a finales de mes" =>
            DateReading.Read(new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month))),
        "fin de ano" or "fin del ano" or "fines de ano" or "finales de ano"
            or "a fin de ano" or "a fines de ano" or "a finales de ano" =>
            DateReading.Read(new DateOnly(today.Year, 12, 31)),
        "la proxima semana" or "proxima semana" or "la semana proxima" or "semana proxima"
            or "la semana que viene" or "semana que viene" or "la otra semana" =>
            DateReading.Read(NextWeekday(today, DayOfWeek.Monday)),
        _ => null,
    };

    private static DateReading? ReadWeekday(string text, DateOnly today)
    {
        var match = WeekdayPhrase().Match(text);
        return match.Success && SpanishWords.Weekdays.TryGetValue(match.Groups["wd"].Value, out var weekday)
            ? DateReading.Read(NextWeekday(today, weekday))
            : null;
    }

    private static DateReading? ReadRelative(string text, DateOnly today)
    {
        var match = RelativePhrase().Match(text);
        if (!match.Success || SpanishWords.ReadNumber(match.Groups["n"].Value) is not { } count)
        {
            return null;
        }

        var days = match.Groups["unit"].Value switch
        {
            "dia" or "dias" => count,
            "semana" or "semanas" => count * 7L,
            "mes" or "meses" => count * 31L,
            _ => count * 366L,
        };
        if (days > MaxDaysAhead)
        {
            return DateReading.Invalid(DateErrors.TooFar);
        }

        // Months and years are calendar steps: "en un mes" from 31 January is 28/29 February.
        return match.Groups["unit"].Value switch
        {
            "mes" or "meses" => DateReading.Read(today.AddMonths(count)),
            "ano" or "anos" => DateReading.Read(today.AddYears(count)),
            _ => AddDays(today, (int)days),
        };
    }

    internal static DateOnly NextWeekday(DateOnly today, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateReading AddDays(DateOnly today, int days) =>
        today.DayNumber + (long)days <= DateOnly.MaxValue.DayNumber
            ? DateReading.Read(today.AddDays(days))
            : DateReading.Invalid(DateErrors.TooFar);

    [GeneratedRegex(@"(?<=\p{L})\.")]
    private static partial Regex PeriodAfterLetter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:el|este|el dia|dia) )?(?:(?:proximo|siguiente) )?(?<wd>[a-z]+)(?: (?:proximo|siguiente|que viene))?$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPhrase();

    [GeneratedRegex(@"^(?:en|dentro de) (?<n>[0-9]{1,6}|[a-z]+|treinta y uno?) (?<unit>dias?|semanas?|mes|meses|anos?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePhrase();

    [GeneratedRegex(@"^(?:(?:en|dentro de) )?(?<n>[0-9]{1,6}|[a-z]+|treinta y uno?) dias? (?:habiles|habil|laborales|laborables)$", RegexOptions.CultureInvariant)]
    private static partial Regex BusinessDaysPhrase();

    // "… a las 10", "… a las 15:00 hrs", "… 15:00": an hour after the date, 0–23 with optional minutes.
    [GeneratedRegex(@"^(?<date>.+?) (?:(?:a las?|alas|tipo|como a las) (?<h>[01]?[0-9]|2[0-3])(?::(?<m>[0-5][0-9]))?|(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5][0-9]))(?: ?(?<suffix>hrs|hr|h|horas|am|pm))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
