using System.Globalization;

namespace MesaBot.Dates;

/// <summary>
/// Writes dates the Chilean way for cards and messages. Every method takes the mesa's <c>today</c> so the
/// year is shown only when it is not the current one and relative words ("mañana") are right for the reader.
/// </summary>
public static class SpanishDateFormatter
{
    /// <summary>"15/12", or "15/12/2027" outside today's year.</summary>
    public static string Short(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "dd/MM" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"lunes 15 de diciembre", or "miércoles 15 de diciembre de 2027" outside today's year.</summary>
    public static string Long(DateOnly date, DateOnly today)
    {
        var text = $"{SpanishDateNames.Weekday(date.DayOfWeek)} {date.Day} de {SpanishDateNames.Month(date.Month)}";
        return date.Year == today.Year ? text : $"{text} de {date.Year}";
    }

    /// <summary>"hoy", "mañana", "ayer", "en 5 días", "hace 3 días".</summary>
    public static string Relative(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "hoy",
        1 => "mañana",
        -1 => "ayer",
        > 0 and var ahead => $"en {ahead} días",
        var behind => $"hace {-behind} días",
    };

    /// <summary>For an item with a deadline: "vence hoy", "vence mañana", "vence en 5 días", "vencida ayer", "vencida hace 4 días".</summary>
    public static string DueStatus(DateOnly due, DateOnly today) => (due.DayNumber - today.DayNumber) switch
    {
        0 => "vence hoy",
        1 => "vence mañana",
        -1 => "vencida ayer",
        > 0 and var ahead => $"vence en {ahead} días",
        var behind => $"vencida hace {-behind} días",
    };
}
