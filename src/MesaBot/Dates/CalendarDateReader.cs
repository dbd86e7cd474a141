using System.Globalization;
using System.Text.RegularExpressions;

namespace MesaBot.Dates;

/// <summary>
/// Reads dates that name a day of the month: "15/12", "15-12-2026", "el 15 de dic", "quince de diciembre del 2026",
/// "1° de enero", "lunes 15 de diciembre", "el 15". Works on text already normalised by the parser.
/// </summary>
internal static partial class CalendarDateReader
{
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    // How many years ahead to look for a day and month without a year: 29 February may be up to 8 years away.
    private const int YearsToSearch = 8;

    public static DateReading? Read(string text, DateOnly today)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Resolve(Number(iso, "d"), Number(iso, "m"), Number(iso, "y"), null, today);
        }

        var words = new Queue<string>(text.Split(' '));
        var introduced = SkipIntroduction(words);
        DayOfWeek? weekday = null;
        if (words.Count > 1 && SpanishWords.Weekdays.TryGetValue(words.Peek(), out var named) && SpanishWords.ReadNumber(words.Peek()) is null)
        {
            weekday = named;
            words.Dequeue();
            SkipIntroduction(words);
        }

        var rest = string.Join(' ', words);
        var numeric = NumericDate().Match(rest);
        if (numeric.Success)
        {
            var year = numeric.Groups["y"].Success ? Number(numeric, "y") : (int?)null;
            return Resolve(Number(numeric, "d"), Number(numeric, "m"), year is < 100 ? 2000 + year : year, weekday, today);
        }

        return ReadWritten(words, introduced || weekday is not null, weekday, today);
    }

    private static DateReading? ReadWritten(Queue<string> words, bool dayAloneAllowed, DayOfWeek? weekday, DateOnly today)
    {
        if (TakeDay(words) is not { } day)
        {
            return null;
        }

        if (words.Count == 0)
        {
            return dayAloneAllowed ? ResolveDayAlone(day, weekday, today) : null;
        }

        Skip(words, "de");
        if (words.Count == 0 || !SpanishWords.Months.TryGetValue(words.Dequeue(), out var month))
        {
            return null;
        }

        int? year = null;
        if (words.Count > 0)
        {
            Skip(words, "de", "del");
            if (words.Count != 1 || !FourDigits().IsMatch(words.Peek()))
            {
                return null;
            }

            year = int.Parse(words.Dequeue(), CultureInfo.InvariantCulture);
        }

        return Resolve(day, month, year, weekday, today);
    }

    private static DateReading Resolve(int day, int month, int? year, DayOfWeek? weekday, DateOnly today)
    {
        if (year is < MinYear or > MaxYear)
        {
            return DateReading.Invalid(DateErrors.YearOutOfRange);
        }

        if (year is { } given)
        {
            return TryDate(given, month, day) is { } exact
                ? CheckWeekday(exact, weekday)
                : DateReading.Invalid(DateErrors.DayDoesNotExist);
        }

        var upcoming = Enumerable.Range(today.Year, YearsToSearch + 1)
            .Select(y => TryDate(y, month, day))
            .FirstOrDefault(d => d >= today);
        if (upcoming is not { } next)
        {
            return DateReading.Invalid(DateErrors.DayDoesNotExist);
        }

        // The nearest occurrence, not the next one: "27/11" written on 1 December means four days ago, not
        // 361 days ahead. The caller asks whether that past date is meant (overdue) or next year's.
        var previous = new[] { TryDate(today.Year, month, day), TryDate(today.Year - 1, month, day) }
            .FirstOrDefault(d => d < today);

        // "lunes 15 de diciembre" written after the 15th: the weekday says which of the two is meant.
        if (weekday is { } named && previous is { } written && written.DayOfWeek == named && next.DayOfWeek != named)
        {
            return DateReading.Read(written);
        }

        if (previous is { } past && today.DayNumber - past.DayNumber < next.DayNumber - today.DayNumber
            && (weekday is null || past.DayOfWeek == weekday))
        {
            return DateReading.Read(past) with { NextOccurrence = next };
        }

        return CheckWeekday(next, weekday);
    }

    private static DateReading ResolveDayAlone(int day, DayOfWeek? weekday, DateOnly today)
    {
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        var next = Enumerable.Range(0, 12)
            .Select(ahead => firstOfMonth.AddMonths(ahead))
            .Select(first => TryDate(first.Year, first.Month, day))
            .FirstOrDefault(d => d >= today);
        return next is { } found ? CheckWeekday(found, weekday) : DateReading.Invalid(DateErrors.DayDoesNotExist);
    }

    private static DateReading CheckWeekday(DateOnly date, DayOfWeek? weekday) =>
        weekday is { } named && date.DayOfWeek != named
            ? DateReading.Invalid(DateErrors.WeekdayMismatch, date, named)
            : DateReading.Read(date);

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? TakeDay(Queue<string> words)
    {
        if (words.Count >= 3 && words.Peek() == "treinta")
        {
            var three = words.Take(3).ToArray();
            if (three[1] == "y" && three[2] is "uno" or "un")
            {
                words.Dequeue();
                words.Dequeue();
                words.Dequeue();
                return 31;
            }
        }

        return words.Count > 0 && SpanishWords.ReadNumber(words.Peek()) is { } day ? Take(words, day) : null;
    }

    private static int Take(Queue<string> words, int value)
    {
        words.Dequeue();
        return value;
    }

    /// <summary>Drops a leading "el", "el día" or "día"; true when there was one ("el 15" is a date, "15" is not).</summary>
    private static bool SkipIntroduction(Queue<string> words)
    {
        var skipped = Skip(words, "el");
        return Skip(words, "dia") | skipped;
    }

    private static bool Skip(Queue<string> words, params string[] any)
    {
        if (words.Count > 0 && any.Contains(words.Peek()))
        {
            words.Dequeue();
            return true;
        }

        return false;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>[0-9]{1,2}) ?[/.-] ?(?<m>[0-9]{1,2})(?: ?[/.-] ?(?<y>[0-9]{4}|[0-9]{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();
}
