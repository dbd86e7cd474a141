using System.Globalization;
using MesaBot.Dates;

namespace MesaBot.Reminders.Planning;

/// <summary>
/// One hour of local wall-clock time ("2026-04-04 23"). The scheduler walks these in order, so an hour
/// repeated by a fall-back change is still handled once and an hour skipped by spring-forward still
/// happens (at the instant <see cref="LocalTime"/> gives it).
/// </summary>
public sealed record HourSlot(DateOnly Date, int Hour)
{
    public HourSlot Next() => Hour == 23 ? new(Date.AddDays(1), 0) : new(Date, Hour + 1);

    public HourSlot Previous() => Hour == 0 ? new(Date.AddDays(-1), 23) : new(Date, Hour - 1);

    public DateTimeOffset Instant(TimeZoneInfo zone) => LocalTime.ToInstant(zone, Date, new TimeOnly(Hour, 0));

    /// <summary>The slot the local clock shows at <paramref name="instant"/>.</summary>
    public static HourSlot At(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new(DateOnly.FromDateTime(local.DateTime), local.Hour);
    }

    public override string ToString() => $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Hour:D2}";

    public static HourSlot Parse(string text) =>
        new(DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), int.Parse(text[11..], CultureInfo.InvariantCulture));
}
