namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>
/// The host of the end-to-end suite runs on the real clock, so dates the tests type are computed from today
/// as a person in Chile sees it (America/Santiago, with its clock changes).
/// </summary>
public static class SantiagoClock
{
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Santiago).DateTime);
}
