using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.TestData;
using Xunit;

namespace MesaBot.Tests.Dates;

[ReplayableProperties(Arbitrary = [typeof(DateArbitraries)])]
public sealed partial class DateProperties
{
    private static readonly ChileBusinessCalendar Calendar = ShippedHolidays.Calendar();

    [Property]
    public void Parse_NumericFormat_RoundTrips(DateNearToday pair) =>
        AssertParsesTo(pair.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), pair);

    [Property]
    public void Parse_WrittenFormat_RoundTrips(DateNearToday pair) =>
        AssertParsesTo(DateArbitraries.Written(pair.Date), pair);

    [Property]
    public void Parse_LongFormatterOutput_RoundTrips(DateNearToday pair) =>
        AssertParsesTo(DateText.Long(pair.Date, pair.Today), pair);

    [Property]
    public void Parse_Weekday_OneToSevenDaysAheadOnThatWeekday(WeekdayPhrase weekday)
    {
        // Act
        var result = SpanishDateParser.Parse(weekday.Phrase, weekday.Today);

        // Assert
        Assert.True(result.Success, SpanishErrors.Text(result.Error));
        Assert.InRange(result.Date.DayNumber - weekday.Today.DayNumber, 1, 7);
        Assert.Equal(weekday.Weekday, result.Date.DayOfWeek);
    }

    [Property]
    public void Parse_InNDays_TodayPlusN(DateNearToday pair, byte hundreds, bool withAccent)
    {
        // Arrange
        var days = hundreds * 4;
        var phrase = $"en {days} {(withAccent ? "días" : "dias")}";

        // Act
        var result = SpanishDateParser.Parse(phrase, pair.Today);

        // Assert
        Assert.True(result.Success, SpanishErrors.Text(result.Error));
        Assert.Equal(pair.Today.AddDays(days), result.Date);
    }

    [Property]
    public void Parse_AnyText_NeverThrowsAndAlwaysAnswers(AnyText text, DateNearToday pair)
    {
        // Act
        var result = SpanishDateParser.Parse(text.Value, pair.Today);

        // Assert
        Assert.True(result.Success || !string.IsNullOrWhiteSpace(SpanishErrors.Text(result.Error)));
    }

    [Property]
    public void ExtractDueDate_AnyText_NeverThrowsNorLosesText(AnyText text, DateNearToday pair) =>
        AssertNothingLost(text.Value, SpanishDateParser.ExtractDueDate(text.Value, pair.Today));

    // The same with Chile's calendar, which the bot passes: business days, vague spans and their suggestions.
    [Property]
    public void ExtractDueDate_AnyTextWithTheCalendar_NeverThrowsNorLosesText(AnyText text, DateNearToday pair)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(text.Value + " en 3 días hábiles", pair.Today, Calendar);

        // Assert
        AssertNothingLost(text.Value + " en 3 días hábiles", result);
        Assert.All(result.Suggestions, d => Assert.True(d >= pair.Today));
    }

    [Property]
    public void ExtractDueDate_Command_NothingLostAndClauseIsTheDate(CommandText command, DateNearToday pair)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(command.Value, pair.Today);

        // Assert
        AssertNothingLost(command.Value, result);
        if (result.Date is { } date)
        {
            Assert.EndsWith(result.Clause, command.Value.TrimEnd(), StringComparison.Ordinal);
            Assert.Null(SpanishErrors.Text(result.Error));
        }
        else if (result.Error is { Key: DateErrors.TooVague })
        {
            // A vague span leaves the text too: the user picks a day for it.
            Assert.EndsWith(result.Clause, command.Value.TrimEnd(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(command.Value, result.Text);
            Assert.Empty(result.Clause);
        }
    }

    [Property]
    public void AddBusinessDays_AnyCount_BusinessDayAndMonotonic(DateNearToday pair, byte a, byte b)
    {
        // Arrange
        var (fewer, more) = (Math.Min(a, b) - 128, Math.Max(a, b) - 128);

        // Act
        var early = Calendar.AddBusinessDays(pair.Date, fewer);
        var late = Calendar.AddBusinessDays(pair.Date, more);

        // Assert
        Assert.True(Calendar.IsBusinessDay(early));
        Assert.True(Calendar.IsBusinessDay(late));
        Assert.True(early <= late);
        if (more > 0)
        {
            Assert.Equal(more, Calendar.BusinessDaysBetween(pair.Date, late));
        }
    }

    private static void AssertParsesTo(string phrase, DateNearToday pair)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, pair.Today);

        // Assert
        Assert.True(result.Success, $"{phrase}: {SpanishErrors.Text(result.Error)}");
        Assert.Equal(pair.Date, result.Date);
    }

    private static void AssertNothingLost(string input, DueDateExtraction result) =>
        Assert.Equal(Whitespace().Replace(input, string.Empty), Whitespace().Replace(result.Text + result.Clause, string.Empty));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
