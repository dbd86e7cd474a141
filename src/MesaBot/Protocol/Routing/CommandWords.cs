using System.Globalization;
using System.Text;

namespace MesaBot.Protocol.Routing;

/// <summary>Folds text for command matching: lower case, accents off, so "Acuérdo" and "acuerdo" are one word.</summary>
public static class CommandWords
{
    /// <summary>Never throws: lone surrogates and noncharacters (U+FFFE, U+FFFF), which string.Normalize refuses, become spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = Normalizable(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Normalizable(string text)
    {
        if (!HasInvalid(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static bool HasInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
