using System.Globalization;
using System.Text;

namespace MesaBot.Records;

/// <summary>How partner names are compared: "Cámara  Chilena de la Construcción." equals "camara chilena de la construccion".</summary>
public static class PartnerNames
{
    public static string Normalize(string? name)
    {
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in Decompose(name ?? string.Empty))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Edit distance, for "closest known" suggestions; the names are short, so the plain algorithm is fine.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // string.Normalize throws on a lone surrogate or a noncharacter (U+FFFE); partner names come typed
    // from chat. Undecomposed, such a name still compares: the loop keeps letters and digits only.
    private static string Decompose(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}
