using System.Globalization;
using System.Text;

namespace MesaBot.Records;

/// <summary>The rules every free text obeys before it is stored, with the Spanish message shown when it does not.</summary>
public static class RecordText
{
    public const int MaxLength = 2000;

    /// <summary>
    /// Trims, turns line breaks into \n, drops other control characters (Teams pastes carry stray ones
    /// and some break Table Storage) and lone surrogates, then checks the length.
    /// </summary>
    public static string Clean(string? text, string what = "El texto")
    {
        var cleaned = Strip(text ?? string.Empty).Trim();
        if (cleaned.Length == 0)
        {
            throw new RecordValidationException($"{what} no puede estar vacío.");
        }

        if (cleaned.Length > MaxLength)
        {
            throw new RecordValidationException(
                $"{what} tiene {cleaned.Length.ToString("N0", Spanish)} caracteres; el máximo es {MaxLength.ToString("N0", Spanish)}.");
        }

        return cleaned;
    }

    /// <summary>Same cleaning for optional fields (session, contact): blank becomes null.</summary>
    public static string? CleanOptional(string? text, string what, int maxLength = 200)
    {
        var cleaned = Strip(text ?? string.Empty).Trim();
        if (cleaned.Length == 0)
        {
            return null;
        }

        return cleaned.Length <= maxLength
            ? cleaned
            : throw new RecordValidationException($"{what} tiene {cleaned.Length} caracteres; el máximo es {maxLength}.");
    }

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");

    private static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                builder.Append(c).Append(normalized[++i]);
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (c == '\n' || (!char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A link to the Teams message a record came from: absolute http(s), at most 2,000 characters.</summary>
    public static string? CleanLink(string? url)
    {
        var cleaned = CleanOptional(url, "El enlace al mensaje", 2000);
        return cleaned is null || (Uri.TryCreate(cleaned, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            ? cleaned
            : throw new RecordValidationException("El enlace al mensaje debe comenzar con https://.");
    }
}
