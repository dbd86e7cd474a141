using MesaBot.Dates;
using Xunit;
using MesaBot.TestData;

namespace MesaBot.Tests.Dates;

public sealed class SpanishDateParserTests
{
    // Wednesday 11 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 11);

    [Theory]
    [InlineData("hoy", "2026-03-11")]
    [InlineData("mañana", "2026-03-12")]
    [InlineData("manana", "2026-03-12")]
    [InlineData("MAÑANA", "2026-03-12")]
    [InlineData("pasado mañana", "2026-03-13")]
    [InlineData("pasado manana", "2026-03-13")]
    [InlineData("  el viernes.  ", "2026-03-13")]
    public void Parse_DayWords_ReadRelativeToToday(string phrase, string expected) => AssertParses(phrase, expected);

    [Theory]
    [InlineData("el viernes", "2026-03-13")]
    [InlineData("viernes", "2026-03-13")]
    [InlineData("vie", "2026-03-13")]
    [InlineData("vie.", "2026-03-13")]
    [InlineData("el próximo lunes", "2026-03-16")]
    [InlineData("el proximo lunes", "2026-03-16")]
    [InlineData("el lunes próximo", "2026-03-16")]
    [InlineData("lun", "2026-03-16")]
    [InlineData("mar", "2026-03-17")]
    [InlineData("martes", "2026-03-17")]
    [InlineData("este jueves", "2026-03-12")]
    [InlineData("jue", "2026-03-12")]
    [InlineData("el sábado", "2026-03-14")]
    [InlineData("sabado", "2026-03-14")]
    [InlineData("sáb", "2026-03-14")]
    [InlineData("sab", "2026-03-14")]
    [InlineData("dom", "2026-03-15")]
    [InlineData("el domingo", "2026-03-15")]
    [InlineData("el día viernes", "2026-03-13")]
    [InlineData("el viernes que viene", "2026-03-13")]
    public void Parse_Weekday_NextOccurrenceAfterToday(string phrase, string expected) => AssertParses(phrase, expected);

    [Theory]
    [InlineData("miércoles")]
    [InlineData("MIÉRCOLES")]
    [InlineData("miercoles")]
    [InlineData("mié")]
    [InlineData("mie")]
    [InlineData("el miércoles")]
    public void Parse_TodaysWeekday_NextWeek(string phrase) => AssertParses(phrase, "2026-03-18");

    [Theory]
    [InlineData("15/12", "2026-12-15")]
    [InlineData("15/12/2026", "2026-12-15")]
    [InlineData("15-12-2026", "2026-12-15")]
    [InlineData("15.12.2026", "2026-12-15")]
    [InlineData("15/12/26", "2026-12-15")]
    [InlineData("15/12/2027", "2027-12-15")]
    [InlineData("el 15/12", "2026-12-15")]
    [InlineData("1/3", "2027-03-01")]
    [InlineData("11/03", "2026-03-11")]
    [InlineData("10/03", "2027-03-10")]
    [InlineData("29/02", "2028-02-29")]
    [InlineData("2026-12-15", "2026-12-15")]
    [InlineData("martes 15/12", "2026-12-15")]
    [InlineData("15/12/2020", "2020-12-15")]
    public void Parse_NumericDate_Reads(string phrase, string expected) => AssertParses(phrase, expected);

    [Theory]
    [InlineData("15 de diciembre", "2026-12-15")]
    [InlineData("15 diciembre", "2026-12-15")]
    [InlineData("15 de dic", "2026-12-15")]
    [InlineData("15 de dic.", "2026-12-15")]
    [InlineData("15 de diciembre de 2026", "2026-12-15")]
    [InlineData("15 de diciembre del 2026", "2026-12-15")]
    [InlineData("15 de diciembre 2026", "2026-12-15")]
    [InlineData("15 de diciembre de 2027", "2027-12-15")]
    [InlineData("el 15 de diciembre", "2026-12-15")]
    [InlineData("quince de diciembre", "2026-12-15")]
    [InlineData("QUINCE DE DICIEMBRE", "2026-12-15")]
    [InlineData("treinta y uno de diciembre", "2026-12-31")]
    [InlineData("veintiocho de febrero", "2027-02-28")]
    [InlineData("1 de enero", "2027-01-01")]
    [InlineData("1° de enero", "2027-01-01")]
    [InlineData("1º de enero", "2027-01-01")]
    [InlineData("primero de enero", "2027-01-01")]
    [InlineData("1ro de enero", "2027-01-01")]
    [InlineData("29 de febrero", "2028-02-29")]
    [InlineData("11 de marzo", "2026-03-11")]
    [InlineData("martes 15 de diciembre", "2026-12-15")]
    [InlineData("miércoles 15 de diciembre de 2027", "2027-12-15")]
    [InlineData("el miércoles 11 de marzo", "2026-03-11")]
    [InlineData("martes 10 de marzo", "2026-03-10")]
    public void Parse_WrittenDate_Reads(string phrase, string expected) => AssertParses(phrase, expected);

    [Theory]
    [InlineData("ene", 1)]
    [InlineData("feb", 2)]
    [InlineData("mar", 3)]
    [InlineData("abr", 4)]
    [InlineData("may", 5)]
    [InlineData("jun", 6)]
    [InlineData("jul", 7)]
    [InlineData("ago", 8)]
    [InlineData("sep", 9)]
    [InlineData("sept", 9)]
    [InlineData("septiembre", 9)]
    [InlineData("setiembre", 9)]
    [InlineData("oct", 10)]
    [InlineData("nov", 11)]
    [InlineData("dic", 12)]
    public void Parse_MonthAbbreviation_Reads(string month, int expectedMonth)
    {
        // Arrange
        var phrase = $"20 de {month}";

        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.True(result.Success, SpanishErrors.Text(result.Error));
        Assert.Equal((20, expectedMonth), (result.Date.Day, result.Date.Month));
        Assert.True(result.Date >= Today && result.Date < Today.AddYears(1));
    }

    [Theory]
    [InlineData("el 15", "2026-03-15")]
    [InlineData("el 11", "2026-03-11")]
    [InlineData("el 5", "2026-04-05")]
    [InlineData("el día 20", "2026-03-20")]
    [InlineData("el viernes 13", "2026-03-13")]
    public void Parse_DayOfMonthAlone_NextSuchDay(string phrase, string expected) => AssertParses(phrase, expected);

    [Theory]
    [InlineData("en 3 días", "2026-03-14")]
    [InlineData("en 3 dias", "2026-03-14")]
    [InlineData("en tres días", "2026-03-14")]
    [InlineData("en un día", "2026-03-12")]
    [InlineData("en quince días", "2026-03-26")]
    [InlineData("en 2 semanas", "2026-03-25")]
    [InlineData("en dos semanas", "2026-03-25")]
    [InlineData("en una semana", "2026-03-18")]
    [InlineData("en un mes", "2026-04-11")]
    [InlineData("en 1 mes", "2026-04-11")]
    [InlineData("en 3 meses", "2026-06-11")]
    [InlineData("dentro de 5 días", "2026-03-16")]
    [InlineData("en un año", "2027-03-11")]
    [InlineData("fin de mes", "2026-03-31")]
    [InlineData("a fin de mes", "2026-03-31")]
    [InlineData("fin de año", "2026-12-31")]
    [InlineData("fin de ano", "2026-12-31")]
    [InlineData("la próxima semana", "2026-03-16")]
    [InlineData("la semana que viene", "2026-03-16")]
    [InlineData("la otra semana", "2026-03-16")]
    public void Parse_RelativePhrase_Reads(string phrase, string expected) => AssertParses(phrase, expected);

    [Fact]
    public void Parse_FinDeMesOnLastDay_Today()
    {
        // Arrange
        var lastDay = new DateOnly(2026, 3, 31);

        // Act
        var result = SpanishDateParser.Parse("fin de mes", lastDay);

        // Assert
        Assert.Equal(lastDay, result.Date);
    }

    [Fact]
    public void Parse_InAMonthFromJanuary31_LastDayOfFebruary()
    {
        // Act
        var result = SpanishDateParser.Parse("en un mes", new DateOnly(2027, 1, 31));

        // Assert
        Assert.Equal(new DateOnly(2027, 2, 28), result.Date);
    }

    [Theory]
    [InlineData("31/02")]
    [InlineData("30 de febrero")]
    [InlineData("31 de abril")]
    [InlineData("32/01")]
    [InlineData("0/01")]
    [InlineData("15/13")]
    [InlineData("29/02/2027")]
    [InlineData("el 32")]
    public void Parse_DateThatDoesNotExist_FailsSayingSo(string phrase)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.False(result.Success);
        Assert.Equal($"No entendí la fecha «{phrase}»: ese día no existe. Prueba con «15/12», «15 de diciembre» o «el viernes».", SpanishErrors.Text(result.Error));
    }

    [Theory]
    [InlineData("algún día")]
    [InlineData("cuando se pueda")]
    [InlineData("15")]
    [InlineData("el lunes 15 de la semana")]
    [InlineData("en tres")]
    public void Parse_Unreadable_FailsWithExamples(string phrase)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.False(result.Success);
        Assert.Equal($"No entendí la fecha «{phrase}». Prueba con «15/12», «15 de diciembre» o «el viernes».", SpanishErrors.Text(result.Error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_AsksForADate(string phrase)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.False(result.Success);
        Assert.StartsWith("Falta la fecha.", SpanishErrors.Text(result.Error));
    }

    [Fact]
    public void Parse_WeekdayDisagreesWithDate_FailsNamingTheRealWeekday()
    {
        // Act
        var result = SpanishDateParser.Parse("viernes 15 de diciembre", Today);

        // Assert
        Assert.False(result.Success);
        Assert.Contains("el 15 de diciembre de 2026 es martes, no viernes", SpanishErrors.Text(result.Error));
    }

    [Theory]
    [InlineData("en 999999 días")]
    [InlineData("15/12/3000")]
    public void Parse_FarAway_Fails(string phrase)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.False(result.Success);
        Assert.Contains(phrase, SpanishErrors.Text(result.Error));
    }

    private static void AssertParses(string phrase, string expected)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.True(result.Success, SpanishErrors.Text(result.Error));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Date);
    }
}
