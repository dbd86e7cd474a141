using System.Globalization;
using MesaBot.Cards;
using Xunit;

namespace MesaBot.Tests.Cards;

/// <summary>Dates on cards, messages and mails in the reader's language (issue 12: Dates holds no sentence).</summary>
public sealed class DateTextTests
{
    // Wednesday 11 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 11);

    [Theory]
    [InlineData("2026-12-15", "15/12")]
    [InlineData("2026-03-01", "01/03")]
    [InlineData("2027-12-15", "15/12/2027")]
    [InlineData("2025-12-31", "31/12/2025")]
    public void Short_Date_DayMonthAndYearOnlyWhenNotThisYear(string date, string expected) =>
        Assert.Equal(expected, In("es-CL", () => DateText.Short(D(date), Today)));

    [Theory]
    [InlineData("2026-12-15", "martes 15 de diciembre")]
    [InlineData("2026-03-11", "miércoles 11 de marzo")]
    [InlineData("2026-03-14", "sábado 14 de marzo")]
    [InlineData("2026-09-01", "martes 1 de septiembre")]
    [InlineData("2027-12-15", "miércoles 15 de diciembre de 2027")]
    [InlineData("2025-01-01", "miércoles 1 de enero de 2025")]
    public void Long_SpanishReader_WeekdayDayMonthAndYearOnlyWhenNotThisYear(string date, string expected) =>
        Assert.Equal(expected, In("es-CL", () => DateText.Long(D(date), Today)));

    [Theory]
    [InlineData("2026-12-15", "Tuesday 15 December")]
    [InlineData("2027-12-15", "Wednesday 15 December 2027")]
    public void Long_EnglishReader_EnglishNames(string date, string expected) =>
        Assert.Equal(expected, In("en", () => DateText.Long(D(date), Today)));

    [Theory]
    [InlineData("2026-03-11", "hoy")]
    [InlineData("2026-03-12", "mañana")]
    [InlineData("2026-03-10", "ayer")]
    [InlineData("2026-03-16", "en 5 días")]
    [InlineData("2026-03-08", "hace 3 días")]
    public void Relative_SpanishReader_SpanishHint(string date, string expected) =>
        Assert.Equal(expected, In("es-CL", () => DateText.Relative(D(date), Today)));

    [Theory]
    [InlineData("2026-03-11", "vence hoy")]
    [InlineData("2026-03-12", "vence mañana")]
    [InlineData("2026-03-16", "vence en 5 días")]
    [InlineData("2026-03-10", "vencida ayer")]
    [InlineData("2026-03-07", "vencida hace 4 días")]
    public void DueStatus_SpanishReader_SaysWhenItFallsDue(string due, string expected) =>
        Assert.Equal(expected, In("es-CL", () => DateText.DueStatus(D(due), Today)));

    [Theory]
    [InlineData("2026-03-11", "due today")]
    [InlineData("2026-03-16", "due in 5 days")]
    [InlineData("2026-03-07", "overdue for 4 days")]
    public void DueStatus_EnglishReader_English(string due, string expected) =>
        Assert.Equal(expected, In("en", () => DateText.DueStatus(D(due), Today)));

    private static string In(string culture, Func<string> format)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return format();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
