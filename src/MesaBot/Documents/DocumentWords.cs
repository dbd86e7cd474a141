using System.Globalization;
using MesaBot.Dates;
using MesaBot.Documents.Resources;

namespace MesaBot.Documents;

/// <summary>
/// The fixed words of a document in its own language, given explicitly rather than read from the thread's
/// culture: a document is built once and kept, so its words must not depend on who happened to ask.
/// Dates are worded with our own Spanish names (<see cref="SpanishDateNames"/>), never the machine's ICU.
/// </summary>
public sealed class DocumentWords
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly CultureInfo _culture;

    private DocumentWords(CultureInfo culture) => _culture = culture;

    public static DocumentWords For(string? language) =>
        new(string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? English : Spanish);

    public bool IsEnglish => _culture == English;

    /// <summary>The language tag Word and Excel mark the text with.</summary>
    public string LanguageTag => IsEnglish ? "en-US" : "es-CL";

    public string this[string key] =>
        DocumentTexts.ResourceManager.GetString(key, _culture) ?? throw new KeyNotFoundException($"No document text '{key}'.");

    public string Format(string key, params object[] arguments) => string.Format(_culture, this[key], arguments);

    /// <summary>"martes 15 de diciembre de 2026" / "Tuesday, December 15, 2026".</summary>
    public string LongDate(DateOnly date) => IsEnglish
        ? Format(nameof(DocumentTexts.Date_Long), English.DateTimeFormat.GetDayName(date.DayOfWeek), date.Day, English.DateTimeFormat.GetMonthName(date.Month), date.Year)
        : Format(nameof(DocumentTexts.Date_Long), SpanishDateNames.Weekday(date.DayOfWeek), date.Day, SpanishDateNames.Month(date.Month), date.Year);

    /// <summary>"15/12/2026" (the Chilean way) / "2026-12-15" (unambiguous for an English reader).</summary>
    public string ShortDate(DateOnly date) =>
        date.ToString(IsEnglish ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"10:00–11:30 hrs.", or "10:00 hrs. (en curso)" while the session is open.</summary>
    public string TimeRange(TimeOnly start, TimeOnly? end) => end is { } e
        ? Format(nameof(DocumentTexts.Time_Range), Time(start), Time(e))
        : Format(nameof(DocumentTexts.Time_Open), Time(start));
}
