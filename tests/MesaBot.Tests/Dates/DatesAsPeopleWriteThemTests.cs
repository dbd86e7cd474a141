using System.Globalization;
using MesaBot.Dates;
using MesaBot.TestData;

namespace MesaBot.Tests.Dates;

/// <summary>
/// Issue 14, findings 1–4: dates as people write them in a tarea, relative to Tuesday 1 December 2026 in
/// Santiago and the holidays appsettings.json ships (8 December is Inmaculada Concepción).
/// </summary>
public sealed class DatesAsPeopleWriteThemTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly ChileBusinessCalendar Calendar = ShippedHolidays.Calendar();

    [Theory]
    [InlineData("enviar el informe el viernes", "enviar el informe", "2026-12-04", "el viernes")]
    [InlineData("enviar el informe 15/12", "enviar el informe", "2026-12-15", "15/12")]
    [InlineData("enviar el informe en 10 días hábiles", "enviar el informe", "2026-12-16", "en 10 días hábiles")]
    [InlineData("enviar el informe dentro de 5 días hábiles", "enviar el informe", "2026-12-09", "dentro de 5 días hábiles")]
    [InlineData("evaluar propuesta mañana a las 10", "evaluar propuesta", "2026-12-02", "mañana a las 10")]
    [InlineData("evaluar propuesta el viernes a las 15:00", "evaluar propuesta", "2026-12-04", "el viernes a las 15:00")]
    [InlineData("evaluar propuesta para el viernes a las 15:00 hrs.", "evaluar propuesta", "2026-12-04", "para el viernes a las 15:00 hrs.")]
    [InlineData("cerrar balance a fin de año", "cerrar balance", "2026-12-31", "a fin de año")]
    [InlineData("cerrar balance antes del 20 de diciembre", "cerrar balance", "2026-12-20", "antes del 20 de diciembre")]
    [InlineData("llamar a Jorge mañana", "llamar a Jorge", "2026-12-02", "mañana")]
    public void ExtractDueDate_DateWithOrWithoutIntroducer_SplitsTextAndDate(string input, string text, string date, string clause)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Null(SpanishErrors.Text(result.Error));
        Assert.Equal(text, result.Text);
        Assert.Equal(Day(date), result.Date);
        Assert.Equal(clause, result.Clause);
        Assert.Null(result.NextOccurrence);
    }

    [Theory]
    [InlineData("evaluar propuesta mañana a las 10", "10:00")]
    [InlineData("evaluar propuesta el viernes a las 15:00", "15:00")]
    [InlineData("evaluar propuesta para el viernes a las 15:00 hrs.", "15:00")]
    [InlineData("evaluar propuesta el viernes a las 3 pm", "15:00")]
    [InlineData("evaluar propuesta el viernes 9:30", "09:30")]
    [InlineData("evaluar propuesta el viernes", null)]
    public void ExtractDueDate_TimeOfDay_KeptApartFromTheDay(string input, string? time)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Equal(time, result.DueTime?.ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.NotNull(result.Date);
    }

    [Theory]
    [InlineData("revisar el informe del viernes")]
    [InlineData("revisar artículo 15")]
    [InlineData("revisar el informe de mañana")]
    [InlineData("evaluar descarga al mar")]
    [InlineData("visitar obra dom")]
    public void ExtractDueDate_DateThatIsPartOfTheText_NoDate(string input)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Null(result.Date);
        Assert.Null(result.Error);
        Assert.Equal(input, result.Text);
    }

    [Theory]
    [InlineData("enviar oficio @Jorge para el 27/11", "2026-11-27", "2027-11-27")]
    [InlineData("enviar oficio 30 de noviembre", "2026-11-30", "2027-11-30")]
    [InlineData("enviar oficio para el 15/06", "2026-06-15", "2027-06-15")]
    public void ExtractDueDate_DayAndMonthNearestInThePast_GivesThePastDateAndNextYears(string input, string past, string next)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Equal(Day(past), result.Date);
        Assert.Equal(Day(next), result.NextOccurrence);
    }

    [Fact]
    public void ExtractDueDate_PastDateWithItsYear_NoNextYearOffered()
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate("enviar oficio para el 27/11/2026", Today, Calendar);

        // Assert
        Assert.Equal(new DateOnly(2026, 11, 27), result.Date);
        Assert.Null(result.NextOccurrence);
    }

    [Theory]
    [InlineData("preparar bases para marzo", "marzo", "2027-03-01", "2027-03-31")]
    [InlineData("preparar bases para la primera semana de enero", "la primera semana de enero", "2027-01-04", "2027-01-07")]
    [InlineData("preparar bases en diciembre", "en diciembre", "2026-12-01", "2026-12-31")]
    [InlineData("preparar bases para mediados de abril", "mediados de abril", "2027-04-12", "2027-04-20")]
    public void ExtractDueDate_VagueSpan_TooVagueWithBusinessDaySuggestions(string input, string quoted, string first, string last)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Equal(DateErrors.TooVague, result.Error?.Key);
        Assert.Equal(quoted, result.Error!.Arguments[0]);
        Assert.Equal([Day(first), Day(last)], result.Suggestions);
        Assert.Null(result.Date);
    }

    [Theory]
    [InlineData("enviar oficio el juevesss", DateErrors.Unreadable, "el juevesss")]
    [InlineData("enviar oficio para el juevesss", DateErrors.Unreadable, "el juevesss")]
    // Found in the Playground: an "el" of the text before the attempt is not where the date starts.
    [InlineData("revisar el informe el juevesss", DateErrors.Unreadable, "el juevesss")]
    [InlineData("enviar oficio para el viernez", DateErrors.Unreadable, "el viernez")]
    [InlineData("enviar oficio ayer", DateErrors.PastWord, "ayer")]
    [InlineData("enviar oficio para ayer", DateErrors.PastWord, "ayer")]
    public void ExtractDueDate_UnreadableDate_SaysWhatWasNotUnderstood(string input, string key, string quoted)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Equal(key, result.Error?.Key);
        Assert.Equal(quoted, result.Error!.Arguments[0]);
        Assert.DoesNotContain("Falta", SpanishErrors.Text(result.Error));
    }

    // A run across the year boundary: each day from 20 December 2026 to 10 January 2027, "el 31/12" and "el 2/1"
    // are the nearest 31 December and 2 January, so from 1 January on "31/12" is yesterday's year, and asks.
    [Fact]
    public void ExtractDueDate_AcrossTheYearBoundary_NearestOccurrence()
    {
        for (var today = new DateOnly(2026, 12, 20); today <= new DateOnly(2027, 1, 10); today = today.AddDays(1))
        {
            var endOfYear = SpanishDateParser.ExtractDueDate("cerrar balance 31/12", today, Calendar);
            var january = SpanishDateParser.ExtractDueDate("cerrar balance 2/1", today, Calendar);

            Assert.Equal(new DateOnly(2026, 12, 31), endOfYear.Date);
            Assert.Equal(today > new DateOnly(2026, 12, 31) ? new DateOnly(2027, 12, 31) : null, endOfYear.NextOccurrence);
            Assert.Equal(new DateOnly(2027, 1, 2), january.Date);
            Assert.Equal(today > new DateOnly(2027, 1, 2) ? new DateOnly(2028, 1, 2) : null, january.NextOccurrence);
        }
    }

    [Theory]
    [InlineData("2026-09-17", 1, "2026-09-21")] // 18 and 19 September: Fiestas Patrias, then the weekend
    [InlineData("2026-12-04", 1, "2026-12-07")]
    [InlineData("2026-12-04", 2, "2026-12-09")] // 8 December: Inmaculada Concepción
    [InlineData("2026-12-23", 2, "2026-12-28")] // 25 December: Navidad
    [InlineData("2026-12-30", 2, "2027-01-04")] // 1 January: Año Nuevo
    public void Parse_BusinessDays_SkipChilesHolidays(string today, int days, string expected)
    {
        // Act
        var result = SpanishDateParser.Parse($"en {days} días hábiles", Day(today), Calendar);

        // Assert
        Assert.True(result.Success);
        Assert.Equal(Day(expected), result.Date);
    }

    [Theory]
    [InlineData("enviar \uD800 oficio el viernes a las 10")]
    [InlineData("enviar oficio el jueve\uDC00sss")]
    [InlineData("enviar oficio para \uFFFE marzo")]
    [InlineData("enviar oficio \uDBFF ayer")]
    public void ExtractDueDate_LoneSurrogatesInTheNewForms_NeverThrows(string input)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today, Calendar);

        // Assert
        Assert.Equal(input.Replace(" ", string.Empty), (result.Text + result.Clause).Replace(" ", string.Empty));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
