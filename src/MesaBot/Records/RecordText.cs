using System.Text;

namespace MesaBot.Records;

/// <summary>The rules every free text obeys before it is stored; a text that breaks one is refused with its field's key.</summary>
public static class RecordText
{
    public const int MaxLength = 2000;

    /// <summary>
    /// Trims, turns line breaks into \n, drops other control characters (Teams pastes carry stray ones
    /// and some break Table Storage) and lone surrogates, then checks the length.
    /// </summary>
    public static string Clean(string? text) => Clean(text, RecordFields.Text);

    /// <inheritdoc cref="Clean(string?)"/>
    public static string Clean(string? text, TextField field)
    {
        var cleaned = Strip(text ?? string.Empty).Trim();
        if (cleaned.Length == 0)
        {
            throw RecordException.Invalid(field.EmptyKey);
        }

        if (cleaned.Length > MaxLength)
        {
            throw RecordException.Invalid(field.TooLongKey, cleaned.Length, MaxLength);
        }

        return cleaned;
    }

    /// <summary>Same cleaning for optional fields (session, contact): blank becomes null.</summary>
    public static string? CleanOptional(string? text, TextField field, int maxLength = 200)
    {
        var cleaned = Strip(text ?? string.Empty).Trim();
        if (cleaned.Length == 0)
        {
            return null;
        }

        return cleaned.Length <= maxLength
            ? cleaned
            : throw RecordException.Invalid(field.TooLongKey, cleaned.Length, maxLength);
    }

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
        var cleaned = CleanOptional(url, RecordFields.SourceLink, 2000);
        return cleaned is null || (Uri.TryCreate(cleaned, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            ? cleaned
            : throw RecordException.Invalid(RecordErrors.SourceLinkNotHttps);
    }
}
