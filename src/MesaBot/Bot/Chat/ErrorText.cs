using System.Globalization;
using System.Resources;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Says a refusal from the records or the date parser in the turn's language (Bot/Resources/Errors*.resx):
/// they name the rule that failed, this is the one place that words it. Numbers and dates in the
/// arguments are formatted by the same culture, so an English mesa reads "2,001" and a Spanish one "2.001".
/// </summary>
public static class ErrorText
{
    internal static readonly ResourceManager Texts = new("MesaBot.Bot.Resources.Errors", typeof(ErrorText).Assembly);

    private static readonly CultureInfo Spanish = SpanishFormatting();

    /// <summary>In <see cref="CultureInfo.CurrentUICulture"/>, which the turn sets from the mesa's language.</summary>
    public static string For(RecordException error) => For(error, CultureInfo.CurrentUICulture);

    public static string For(RecordException error, CultureInfo culture) => Format(error.Key, error.Arguments, culture);

    /// <inheritdoc cref="For(RecordException)"/>
    public static string For(DateError error) => For(error, CultureInfo.CurrentUICulture);

    public static string For(DateError error, CultureInfo culture) => Format(error.Key, error.Arguments, culture);

    private static string Format(string key, IReadOnlyList<object> arguments, CultureInfo culture)
    {
        var text = Texts.GetString(key, culture) ?? throw new InvalidOperationException($"Errors.resx has no text for '{key}'.");

        // The neutral resources are Spanish: any culture without its own texts gets Chile's formatting too.
        var formatting = culture.TwoLetterISOLanguageName == "en" ? culture : Spanish;
        var values = arguments.Select(a => a is DayOfWeek day ? formatting.DateTimeFormat.GetDayName(day) : a).ToArray();
        return string.Format(formatting, text, values);
    }

    // es-CL with the month and weekday names of SpanishDateNames, so the words do not change with the
    // machine's ICU version (the same reason the date parser keeps its own table).
    private static CultureInfo SpanishFormatting()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("es-CL").Clone();
        string[] months = [.. Enumerable.Range(1, 12).Select(SpanishDateNames.Month), string.Empty];
        culture.DateTimeFormat.MonthNames = months;
        culture.DateTimeFormat.MonthGenitiveNames = months;
        culture.DateTimeFormat.DayNames = [.. Enum.GetValues<DayOfWeek>().Select(SpanishDateNames.Weekday)];
        return CultureInfo.ReadOnly(culture);
    }
}
