namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>
/// The host of the end-to-end suite runs on the real clock, so dates the tests type are computed from today
/// as a person in Chile sees it (America/Santiago, with its clock changes): a fixed "15/12" would turn into a past
/// date, and a question, once the calendar passes it.
/// </summary>
public static class SantiagoClock
{
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Santiago).DateTime);

    /// <summary>The day <paramref name="days"/> from today as people type it: "15/12".</summary>
    public static string Ahead(int days) => Typed(Today().AddDays(days));

    /// <summary>
    /// A day as people type it, "15/12", whatever the test process's culture: in a format string "/" is the
    /// culture's date separator, which es-CL writes "-".
    /// </summary>
    public static string Typed(DateOnly day) => day.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The day <paramref name="days"/> from today as minutes write it: "15 de diciembre".</summary>
    public static string AheadInWords(int days) => Today().AddDays(days).ToString("d 'de' MMMM", System.Globalization.CultureInfo.GetCultureInfo("es-CL"));
}
