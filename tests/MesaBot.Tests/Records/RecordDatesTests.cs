using System.Globalization;
using MesaBot.Records.Stores;
using Xunit;

namespace MesaBot.Tests.Records;

/// <summary>Stored dates read by their own fast path give what DateOnly.ParseExact gives, and refuse what it refuses.</summary>
public sealed class RecordDatesTests
{
    [Fact]
    public void Parse_EveryDayOfFourCenturies_RoundTripsWithFormat()
    {
        for (var day = new DateOnly(1900, 1, 1); day <= new DateOnly(2300, 12, 31); day = day.AddDays(1))
        {
            Assert.Equal(day, RecordDates.Parse(RecordDates.Format(day)));
        }
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2028-02-29")]
    public void Parse_EdgesOfTheCalendar_AsParseExact(string text)
    {
        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), RecordDates.Parse(text));
    }

    [Theory]
    [InlineData("2026-02-29")] // not a leap year
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("2026-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("2026-4-1")]
    [InlineData("2026/04/01")]
    [InlineData("+026-04-01")]
    [InlineData("2026-+4-01")]
    [InlineData(" 2026-04-01")]
    [InlineData("2026-04-01 ")]
    [InlineData("２０２６-04-01")] // full-width digits: char.IsDigit, not ASCII
    [InlineData("")]
    public void Parse_NotAStoredDate_ThrowsAsParseExact(string text)
    {
        Assert.Throws<FormatException>(() => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => RecordDates.Parse(text));
    }
}
