using MesaBot.Dates;
using Microsoft.Extensions.Options;
using Xunit;

namespace MesaBot.Tests.Dates;

public sealed class ChileBusinessCalendarTests
{
    private readonly ChileBusinessCalendar calendar = ShippedHolidays.Calendar();

    [Fact]
    public void Load_ShippedSettings_SixteenHolidaysIn2026AndSeventeenIn2027()
    {
        // Act
        var options = ShippedHolidays.Load();

        // Assert
        Assert.Equal(16, options.Dates.Count(h => h.Date.Year == 2026));
        Assert.Equal(17, options.Dates.Count(h => h.Date.Year == 2027));
        Assert.All(options.Dates, h => Assert.False(string.IsNullOrWhiteSpace(h.Name)));
        Assert.Equal(options.Dates.Count, options.Dates.Select(h => h.Date).Distinct().Count());
    }

    [Theory]
    [InlineData("2026-01-01", "Año Nuevo")]
    [InlineData("2026-04-03", "Viernes Santo")]
    [InlineData("2026-04-04", "Sábado Santo")]
    [InlineData("2026-06-21", "Día Nacional de los Pueblos Indígenas")]
    [InlineData("2026-06-29", "San Pedro y San Pablo")]
    [InlineData("2026-09-18", "Independencia Nacional")]
    [InlineData("2026-10-12", "Encuentro de Dos Mundos")]
    [InlineData("2027-03-26", "Viernes Santo")]
    [InlineData("2027-06-28", "San Pedro y San Pablo")]
    [InlineData("2027-09-17", "Fiestas Patrias")]
    [InlineData("2027-10-11", "Encuentro de Dos Mundos")]
    [InlineData("2027-12-25", "Navidad")]
    public void HolidayName_ShippedHoliday_Named(string date, string name) =>
        Assert.Equal(name, calendar.HolidayName(D(date)));

    [Theory]
    [InlineData("2026-03-11")]
    [InlineData("2026-09-17")]
    [InlineData("2027-06-29")]
    [InlineData("2027-10-12")]
    public void HolidayName_OrdinaryDay_Null(string date) => Assert.Null(calendar.HolidayName(D(date)));

    [Theory]
    [InlineData("2026-03-11", true)]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-03-15", false)]
    [InlineData("2026-04-03", false)]
    [InlineData("2026-09-17", true)]
    [InlineData("2027-09-17", false)]
    [InlineData("2027-06-21", false)]
    public void IsBusinessDay_Date_WeekdaysThatAreNotHolidays(string date, bool expected) =>
        Assert.Equal(expected, calendar.IsBusinessDay(D(date)));

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-06")]
    [InlineData("2026-09-17", 1, "2026-09-21")]
    [InlineData("2026-03-11", 5, "2026-03-18")]
    [InlineData("2026-03-13", 1, "2026-03-16")]
    [InlineData("2026-03-14", 0, "2026-03-16")]
    [InlineData("2026-03-11", 0, "2026-03-11")]
    [InlineData("2026-04-06", -1, "2026-04-02")]
    [InlineData("2027-09-16", 1, "2027-09-20")]
    [InlineData("2026-12-24", 1, "2026-12-28")]
    public void AddBusinessDays_SkipsWeekendsAndHolidays(string from, int days, string expected) =>
        Assert.Equal(D(expected), calendar.AddBusinessDays(D(from), days));

    [Theory]
    [InlineData("2026-09-14", "2026-09-21", 4)]
    [InlineData("2026-03-11", "2026-03-11", 0)]
    [InlineData("2026-03-13", "2026-03-16", 1)]
    [InlineData("2026-03-16", "2026-03-13", -1)]
    [InlineData("2026-03-31", "2026-04-07", 4)]
    public void BusinessDaysBetween_Range_CountsBusinessDaysAfterFromUpToTo(string from, string to, int expected) =>
        Assert.Equal(expected, calendar.BusinessDaysBetween(D(from), D(to)));

    [Fact]
    public void KnowsHolidaysOf_ShippedYearsOnly()
    {
        // Assert
        Assert.True(calendar.KnowsHolidaysOf(2026));
        Assert.True(calendar.KnowsHolidaysOf(2027));
        Assert.False(calendar.KnowsHolidaysOf(2028));
    }

    [Fact]
    public void HolidayName_TwoEntriesOnOneDate_BothNamed()
    {
        // Arrange
        var options = new HolidayOptions
        {
            Dates = [new Holiday { Date = D("2028-11-01"), Name = "Todos los Santos" }, new Holiday { Date = D("2028-11-01"), Name = "Elecciones" }],
        };

        // Act
        var name = new ChileBusinessCalendar(Options.Create(options)).HolidayName(D("2028-11-01"));

        // Assert
        Assert.Equal("Todos los Santos / Elecciones", name);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
