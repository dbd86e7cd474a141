using System.Globalization;
using System.Text;

namespace MesaBot.Protocol.Routing;

/// <summary>Folds text for command matching: lower case, accents off, so "Acuérdo" and "acuerdo" are one word.</summary>
public static class CommandWords
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}
