using System.Globalization;
using MesaBot.Cards.Resources;
using MesaBot.Dates;

namespace MesaBot.Cards;

/// <summary>
/// Dates as cards, messages and mails show them, in the reader's language (the turn's or the mesa's
/// culture, set before a card is built). Every method takes the mesa's <c>today</c> so the year is shown
/// only when it is not the current one and relative words ("mañana") are right for the reader.
/// </summary>
public static class DateText
{
    /// <summary>"15/12", or "15/12/2027" outside today's year.</summary>
    public static string Short(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "dd/MM" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"lunes 15 de diciembre" / "Monday 15 December", with the year outside today's.</summary>
    public static string Long(DateOnly date, DateOnly today)
    {
        var (weekday, month) = English
            ? (CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(date.DayOfWeek), CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month))
            : (SpanishDateNames.Weekday(date.DayOfWeek), SpanishDateNames.Month(date.Month));
        return date.Year == today.Year
            ? Format(DateTexts.Long, weekday, date.Day, month)
            : Format(DateTexts.LongWithYear, weekday, date.Day, month, date.Year);
    }

    /// <summary>"viernes 11 de diciembre a las 15:00" / "… at 15:00": a day already written, with its time of day.</summary>
    public static string WithTime(string day, TimeOnly time) => Format(DateTexts.WithTime, day, time.ToString("HH:mm", CultureInfo.InvariantCulture));

    /// <summary>"hoy", "mañana", "ayer", "en 5 días", "hace 3 días".</summary>
    public static string Relative(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => DateTexts.Today,
        1 => DateTexts.Tomorrow,
        -1 => DateTexts.Yesterday,
        > 0 and var ahead => Format(DateTexts.InDays, ahead),
        var behind => Format(DateTexts.DaysAgo, -behind),
    };

    /// <summary>For an item with a deadline: "vence hoy", "vence mañana", "vence en 5 días", "vencida ayer", "vencida hace 4 días".</summary>
    public static string DueStatus(DateOnly due, DateOnly today) => (due.DayNumber - today.DayNumber) switch
    {
        0 => DateTexts.DueToday,
        1 => DateTexts.DueTomorrow,
        -1 => DateTexts.OverdueYesterday,
        > 0 and var ahead => Format(DateTexts.DueInDays, ahead),
        var behind => Format(DateTexts.OverdueDaysAgo, -behind),
    };

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.CurrentCulture, format, arguments);
}
