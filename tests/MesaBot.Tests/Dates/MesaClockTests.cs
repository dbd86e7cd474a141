using MesaBot.Dates;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace MesaBot.Tests.Dates;

/// <summary>
/// Chile (tzdata): summer time (-03) ends at 24:00 on the first Saturday of April, when clocks go back to 23:00
/// (-04), and starts at 24:00 on the first Saturday of September, when clocks jump to 01:00 on Sunday.
/// </summary>
public sealed class MesaClockTests
{
    [Theory]
    [InlineData("2026-04-05T02:30:00Z", "2026-04-04")] // Saturday 23:30 -03, first pass
    [InlineData("2026-04-05T03:30:00Z", "2026-04-04")] // Saturday 23:30 -04, second pass
    [InlineData("2026-04-05T04:00:00Z", "2026-04-05")] // Sunday 00:00 -04
    [InlineData("2026-09-06T03:59:00Z", "2026-09-05")] // Saturday 23:59 -04
    [InlineData("2026-09-06T04:00:00Z", "2026-09-06")] // Sunday 01:00 -03
    [InlineData("2027-04-04T02:59:00Z", "2027-04-03")]
    [InlineData("2027-04-04T04:00:00Z", "2027-04-04")]
    [InlineData("2027-09-05T03:59:00Z", "2027-09-04")]
    [InlineData("2027-09-05T04:00:00Z", "2027-09-05")]
    [InlineData("2026-12-15T02:59:00Z", "2026-12-14")]
    public void Today_AroundDaylightSavingChanges_LocalDate(string utcNow, string expected)
    {
        // Arrange
        var clock = new MesaClock(new FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture)), MesaClock.ChileZone);

        // Act
        var today = clock.Today;

        // Assert
        Assert.Equal(D(expected), today);
    }

    [Theory]
    [InlineData("2026-04-04", "2026-04-04T12:00:00Z")] // Saturday, still -03
    [InlineData("2026-04-05", "2026-04-05T13:00:00Z")] // Sunday, -04
    [InlineData("2026-09-05", "2026-09-05T13:00:00Z")] // Saturday, -04
    [InlineData("2026-09-06", "2026-09-06T12:00:00Z")] // Sunday, -03
    [InlineData("2027-04-03", "2027-04-03T12:00:00Z")]
    [InlineData("2027-04-04", "2027-04-04T13:00:00Z")]
    [InlineData("2027-09-04", "2027-09-04T13:00:00Z")]
    [InlineData("2027-09-05", "2027-09-05T12:00:00Z")]
    [InlineData("2026-07-15", "2026-07-15T13:00:00Z")]
    [InlineData("2026-12-15", "2026-12-15T12:00:00Z")]
    public void MorningOf_Date_NineLocalAsUtc(string date, string expectedUtc)
    {
        // Arrange
        var clock = new MesaClock(new FakeTimeProvider(), MesaClock.ChileZone);

        // Act
        var instant = clock.MorningOf(D(date));

        // Assert
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2026-09-06", "00:30", "2026-09-06T04:30:00Z")] // skipped: becomes 01:30 -03
    [InlineData("2026-09-06", "00:00", "2026-09-06T04:00:00Z")] // skipped: becomes 01:00 -03
    [InlineData("2027-09-05", "00:45", "2027-09-05T04:45:00Z")]
    [InlineData("2026-04-04", "23:30", "2026-04-05T02:30:00Z")] // repeated: first pass, -03
    [InlineData("2027-04-03", "23:00", "2027-04-04T02:00:00Z")]
    [InlineData("2026-04-04", "22:59", "2026-04-05T01:59:00Z")]
    public void ToInstant_SkippedOrRepeatedLocalTime_ForwardOrFirstOccurrence(string date, string time, string expectedUtc)
    {
        // Arrange
        var clock = new MesaClock(new FakeTimeProvider(), MesaClock.ChileZone);

        // Act
        var instant = clock.ToInstant(D(date), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Fact]
    public void SkippedLocalTime_ShownBackInZone_OneHourLater()
    {
        // Arrange
        var clock = new MesaClock(new FakeTimeProvider(), MesaClock.ChileZone);

        // Act
        var local = TimeZoneInfo.ConvertTime(clock.ToInstant(D("2026-09-06"), new TimeOnly(0, 30)), clock.Zone);

        // Assert
        Assert.Equal(new DateTime(2026, 9, 6, 1, 30, 0), local.DateTime);
    }

    [Fact]
    public void Today_TimeAdvancesPastMidnight_NextDay()
    {
        // Arrange
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-15T02:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var clock = new MesaClock(time, MesaClock.ChileZone);
        var before = clock.Today;

        // Act
        time.Advance(TimeSpan.FromHours(1));

        // Assert
        Assert.Equal((D("2026-12-14"), D("2026-12-15")), (before, clock.Today));
    }

    [Fact]
    public void DateOf_Instant_LocalDate()
    {
        // Arrange
        var clock = new MesaClock(new FakeTimeProvider(), MesaClock.ChileZone);

        // Act
        var date = clock.DateOf(DateTimeOffset.Parse("2026-06-01T03:59:00Z", System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(D("2026-05-31"), date);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
