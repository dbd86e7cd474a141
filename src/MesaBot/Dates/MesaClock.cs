namespace MesaBot.Dates;

/// <summary>
/// A mesa's wall clock: "today" and local times in its time zone (America/Santiago by default), read from an
/// injected <see cref="TimeProvider"/> so tests can stand on either side of a daylight-saving change.
/// </summary>
public sealed class MesaClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string ChileZoneId = "America/Santiago";

    /// <summary>Reminders and digests go out at this local hour.</summary>
    public static readonly TimeOnly MorningHour = new(9, 0);

    private static readonly Lazy<TimeZoneInfo> Chile = new(() => TimeZoneInfo.FindSystemTimeZoneById(ChileZoneId));

    /// <summary>America/Santiago, read from the system's tz database (tzdata on Linux).</summary>
    public static TimeZoneInfo ChileZone => Chile.Value;

    public TimeZoneInfo Zone => zone;

    /// <summary>The current instant with the zone's offset.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The local date in this zone of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>09:00 local on <paramref name="date"/>, as an instant (offset zero).</summary>
    public DateTimeOffset MorningOf(DateOnly date) => ToInstant(date, MorningHour);

    /// <summary>
    /// The instant, in UTC, when the local clock reads <paramref name="localTime"/> on <paramref name="date"/>.
    /// A time skipped by a spring-forward change moves forward by the gap (Chile: 00:30 on the September
    /// change day is 01:30); a time repeated by a fall-back change takes its first occurrence.
    /// </summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly localTime) => LocalTime.ToInstant(zone, date, localTime);
}
