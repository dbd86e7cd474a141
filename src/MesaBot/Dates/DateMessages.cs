namespace MesaBot.Dates;

/// <summary>
/// The parser's Spanish answers. They live here rather than in the bot's resource file because the parser
/// reads Spanish only: a translated message would describe input the parser could not read.
/// </summary>
internal static class DateMessages
{
    private const int MaxQuotedLength = 40;
    private const string Examples = "Prueba con «15/12», «15 de diciembre» o «el viernes».";

    public static string CouldNotRead(string phrase, string? reason)
    {
        var quoted = Quote(phrase);
        if (quoted.Length == 0)
        {
            return $"Falta la fecha. {Examples}";
        }

        return reason is null
            ? $"No entendí la fecha «{quoted}». {Examples}"
            : $"No entendí la fecha «{quoted}»: {reason}. {Examples}";
    }

    public const string DayDoesNotExist = "ese día no existe";

    public const string YearOutOfRange = "ese año no es válido";

    public const string TooFar = "esa fecha está demasiado lejos";

    public static string WeekdayMismatch(DateOnly date, DayOfWeek written) =>
        $"el {date.Day} de {SpanishDateNames.Month(date.Month)} de {date.Year} es {SpanishDateNames.Weekday(date.DayOfWeek)}, no {SpanishDateNames.Weekday(written)}";

    private static string Quote(string? phrase)
    {
        var trimmed = (phrase ?? string.Empty).Trim();
        if (trimmed.Length <= MaxQuotedLength)
        {
            return trimmed;
        }

        var cut = char.IsHighSurrogate(trimmed[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return string.Concat(trimmed.AsSpan(0, cut), "…");
    }
}
