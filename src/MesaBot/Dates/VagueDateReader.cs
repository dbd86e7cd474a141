using System.Globalization;
using System.Text.RegularExpressions;

namespace MesaBot.Dates;

/// <summary>
/// Phrases that name a span rather than a day: "marzo", "en marzo", "primera semana de enero", "a mediados de
/// abril", "fines de marzo de 2027". Not refused as unreadable (a date was given) but answered as too vague,
/// with the span's first and last business day as the concrete choices.
/// </summary>
internal static partial class VagueDateReader
{
    public static DateReading? Read(string text, DateOnly today, ChileBusinessCalendar calendar)
    {
        var match = VaguePhrase().Match(text);
        if (!match.Success || !SpanishWords.Months.TryGetValue(match.Groups["month"].Value, out var month)
            || match.Groups["month"].Value == "mar")
        {
            return null;
        }

        var year = match.Groups["y"].Success
            ? int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)
            : month >= today.Month ? today.Year : today.Year + 1;
        if (year < today.Year || year > today.Year + 10)
        {
            return DateReading.Invalid(DateErrors.YearOutOfRange);
        }

        var days = DateTime.DaysInMonth(year, month);
        var (first, last) = Span(match.Groups["part"].Value, days);
        // A span already under way starts today: "en diciembre" on 10 December offers no day gone.
        var from = new[] { new DateOnly(year, month, first), today }.Max();
        var to = new DateOnly(year, month, last);
        var suggestions = new[] { FirstBusinessDay(from, to, calendar), LastBusinessDay(from, to, calendar) }
            .Where(d => d >= today)
            .Distinct()
            .ToList();
        return DateReading.Vague(suggestions);
    }

    /// <summary>The days of the month a part names: weeks are 1–7, 8–14…, the last week the month's last seven days.</summary>
    private static (int First, int Last) Span(string part, int days) => part switch
    {
        "primera semana" or "la primera semana" => (1, 7),
        "segunda semana" or "la segunda semana" => (8, 14),
        "tercera semana" or "la tercera semana" => (15, 21),
        "cuarta semana" or "la cuarta semana" => (22, 28),
        "ultima semana" or "la ultima semana" => (days - 6, days),
        "principios" or "comienzos" or "inicios" => (1, 10),
        "mediados" => (11, 20),
        "fines" or "finales" => (21, days),
        _ => (1, days),
    };

    private static DateOnly FirstBusinessDay(DateOnly from, DateOnly to, ChileBusinessCalendar calendar)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (calendar.IsBusinessDay(day))
            {
                return day;
            }
        }

        return from;
    }

    private static DateOnly LastBusinessDay(DateOnly from, DateOnly to, ChileBusinessCalendar calendar)
    {
        for (var day = to; day >= from; day = day.AddDays(-1))
        {
            if (calendar.IsBusinessDay(day))
            {
                return day;
            }
        }

        return to;
    }

    [GeneratedRegex(@"^(?:(?:en|para|a|durante) )?(?:(?:el mes de|mes de) )?(?:(?:a |en )?(?<part>(?:la )?(?:primera|segunda|tercera|cuarta|ultima) semana|principios|comienzos|inicios|mediados|fines|finales) (?:de|del mes de) )?(?<month>[a-z]+)(?: (?:de |del )?(?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VaguePhrase();
}
