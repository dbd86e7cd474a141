using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MesaBot.Extraction;

/// <summary>
/// A text lower-cased and without accents, character for character, so that a match found in the folded
/// copy ("se acordo") is at the same place in the original ("Se acordó"). Its words carry both spellings:
/// names are compared folded, but a lone "Paz" or "UC" counts only when written with its capital.
/// </summary>
internal sealed partial class FoldedText
{
    // Latin letters cover what Spanish prose holds; anything beyond is only lower-cased.
    private static readonly char[] Table = BuildTable(0x250);

    public FoldedText(string original)
    {
        Original = original;
        var chars = new char[original.Length];
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            chars[i] = c < Table.Length ? Table[c] : char.ToLowerInvariant(c);
        }

        Folded = new string(chars);
        Words = [.. WordPattern().Matches(Folded).Select(m => new Word(m.Index, m.Length, m.Value, original.Substring(m.Index, m.Length)))];
    }

    public string Original { get; }

    public string Folded { get; }

    public IReadOnlyList<Word> Words { get; }

    /// <summary>The index of the first word starting at or after <paramref name="position"/> (Words.Count when none).</summary>
    public int WordAt(int position)
    {
        var i = 0;
        while (i < Words.Count && Words[i].Start < position)
        {
            i++;
        }

        return i;
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c < Table.Length ? Table[c] : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static char[] BuildTable(int size)
    {
        var table = new char[size];
        for (var i = 0; i < size; i++)
        {
            var c = (char)i;
            var decomposed = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            var first = decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark);
            table[i] = char.ToLowerInvariant(first == default ? c : first);
        }

        return table;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

/// <summary>A word: where it is, folded, and as written.</summary>
internal sealed record Word(int Start, int Length, string Folded, string Original)
{
    public int End => Start + Length;

    public bool IsCapitalized => Original.Length > 0 && char.IsUpper(Original[0]);
}
