using MesaBot.Dates;
using MesaBot.Records;
using MesaBot.Reminders;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    // Viernes y Sábado Santo 2026.
    private static readonly ReminderPolicy Policy = new(new ChileBusinessCalendar(Options.Create(new HolidayOptions
    {
        Dates = [new() { Date = new DateOnly(2026, 4, 3), Name = "Viernes Santo" }, new() { Date = new DateOnly(2026, 4, 4), Name = "Sábado Santo" }],
    })));

    [Theory]
    [InlineData("2026-03-23", ReminderKind.Upcoming)]
    [InlineData("2026-03-24", null)]
    [InlineData("2026-03-25", ReminderKind.Upcoming)]
    [InlineData("2026-03-26", ReminderKind.DueToday)]
    [InlineData("2026-03-27", null)]
    [InlineData("2026-03-31", ReminderKind.Overdue)] // 3 business days after Thursday 26
    [InlineData("2026-04-03", null)] // holiday
    [InlineData("2026-04-04", null)] // Saturday
    [InlineData("2026-04-06", ReminderKind.Overdue)] // 6 business days (the holiday not counted)
    public void KindOn_TaskDueThursday_FollowsTheDefaultPolicy(string date, ReminderKind? expected)
    {
        // Act
        var kind = Policy.KindOn(new DateOnly(2026, 3, 26), DateOnly.Parse(date), ReminderSettings.Default);

        // Assert
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void KindOn_CustomSettings_UsesTheMesasDaysAndCadence()
    {
        // Arrange
        var settings = new ReminderSettings([5], 8, 1);
        var due = new DateOnly(2026, 3, 26);

        // Act / Assert
        Assert.Equal(ReminderKind.Upcoming, Policy.KindOn(due, due.AddDays(-5), settings));
        Assert.Null(Policy.KindOn(due, due.AddDays(-3), settings));
        Assert.Equal(ReminderKind.Overdue, Policy.KindOn(due, due.AddDays(1), settings));
    }

    [Fact]
    public void HourSlot_SpringForwardDay_MidnightMapsToTheInstantOfOneAndNineIsUtc12()
    {
        // Arrange: Sunday 6 September 2026, Chile skips 00:00–01:00.
        var zone = MesaClock.ChileZone;
        var day = new DateOnly(2026, 9, 6);

        // Act / Assert
        Assert.Equal(new HourSlot(day, 0).Instant(zone), new HourSlot(day, 1).Instant(zone));
        Assert.Equal(new DateTimeOffset(2026, 9, 6, 12, 0, 0, TimeSpan.Zero), new HourSlot(day, 9).Instant(zone));
        Assert.Equal(new HourSlot(day, 0), new HourSlot(day.AddDays(-1), 23).Next());
    }

    [Fact]
    public void Reserve_EighthMessageInOneSecond_WaitsForTheWindow()
    {
        // Arrange
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 26, 12, 0, 0, TimeSpan.Zero));
        var pacer = new DeliveryPacer(time, Options.Create(new ReminderOptions { PerConversationPerSecond = 7, PerTenantPerSecond = 50 }));

        // Act
        var waits = Enumerable.Range(0, 8).Select(_ => pacer.Reserve("a:beto", "t").Wait).ToList();
        var otherConversation = pacer.Reserve("a:ana", "t").Wait;

        // Assert
        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[7]);
        Assert.Equal(TimeSpan.Zero, otherConversation);
    }

    [Fact]
    public void Reserve_TenantLimit_AppliesAcrossConversations()
    {
        // Arrange
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 26, 12, 0, 0, TimeSpan.Zero));
        var pacer = new DeliveryPacer(time, Options.Create(new ReminderOptions { PerTenantPerSecond = 3 }));

        // Act
        var waits = Enumerable.Range(0, 4).Select(i => pacer.Reserve($"a:{i}", "t").Wait).ToList();

        // Assert
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, DeliveryPacer.TenantWindow], waits);
    }
}
