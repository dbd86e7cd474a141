namespace MesaBot.Dates;

/// <summary>Turns a local wall-clock time into an instant, with an answer for the times daylight saving skips or repeats.</summary>
public static class LocalTime
{
    public static DateTimeOffset ToInstant(TimeZoneInfo zone, DateOnly date, TimeOnly localTime)
    {
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Inside the gap: read the clock with the offset in force just before the change, which lands the
            // same distance past the gap. A day back is safely before it: zones never change twice in a day.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // Repeated hour: the larger offset is the one in force first (summer time, before falling back).
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }
}
