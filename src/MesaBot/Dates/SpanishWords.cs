using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MesaBot.Dates;

/// <summary>
/// The Spanish words the date parser reads, already folded (lower case, no accents, ñ → n), so that
/// "MIÉRCOLES", "miercoles" and "mié" all land on the same entry.
/// </summary>
internal static partial class SpanishWords
{
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["lunes"] = DayOfWeek.Monday, ["lun"] = DayOfWeek.Monday,
        ["martes"] = DayOfWeek.Tuesday, ["mar"] = DayOfWeek.Tuesday,
        ["miercoles"] = DayOfWeek.Wednesday, ["mie"] = DayOfWeek.Wednesday, ["mier"] = DayOfWeek.Wednesday,
        ["jueves"] = DayOfWeek.Thursday, ["jue"] = DayOfWeek.Thursday,
        ["viernes"] = DayOfWeek.Friday, ["vie"] = DayOfWeek.Friday,
        ["sabado"] = DayOfWeek.Saturday, ["sab"] = DayOfWeek.Saturday,
        ["domingo"] = DayOfWeek.Sunday, ["dom"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["enero"] = 1, ["ene"] = 1,
        ["febrero"] = 2, ["feb"] = 2,
        ["marzo"] = 3, ["mar"] = 3,
        ["abril"] = 4, ["abr"] = 4,
        ["mayo"] = 5, ["may"] = 5,
        ["junio"] = 6, ["jun"] = 6,
        ["julio"] = 7, ["jul"] = 7,
        ["agosto"] = 8, ["ago"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["sept"] = 9, ["sep"] = 9, ["set"] = 9,
        ["octubre"] = 10, ["oct"] = 10,
        ["noviembre"] = 11, ["nov"] = 11,
        ["diciembre"] = 12, ["dic"] = 12,
    }.ToFrozenDictionary();

    /// <summary>Numbers written in words, one to thirty-one: enough for any day of the month or a short count.</summary>
    public static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>
    {
        ["un"] = 1, ["una"] = 1, ["uno"] = 1, ["primero"] = 1,
        ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7,
        ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13,
        ["catorce"] = 14, ["quince"] = 15, ["dieciseis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18,
        ["diecinueve"] = 19, ["veinte"] = 20, ["veintiuno"] = 21, ["veintiun"] = 21, ["veintidos"] = 22,
        ["veintitres"] = 23, ["veinticuatro"] = 24, ["veinticinco"] = 25, ["veintiseis"] = 26,
        ["veintisiete"] = 27, ["veintiocho"] = 28, ["veintinueve"] = 29, ["treinta"] = 30,
        ["treinta y uno"] = 31, ["treinta y un"] = 31,
    }.ToFrozenDictionary();

    /// <summary>Reads "15", "15°", "1ro", "quince" or "primero"; null when it is not a number at all.</summary>
    public static int? ReadNumber(string token)
    {
        if (Numbers.TryGetValue(token, out var fromWords))
        {
            return fromWords;
        }

        var match = DigitsWithOrdinal().Match(token);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Lower case without accents; "ñ" becomes "n" so that "manana" and "mañana" match.</summary>
    public static string Fold(string text)
    {
        var decomposed = Decompose(ReplaceInvalid(text).Replace('º', '°'));
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // string.Normalize throws ArgumentException on a lone surrogate and on noncharacters such as U+FFFE
    // (an FsCheck run found it). Chat text should hold neither, but reading user input must never throw:
    // both become U+FFFD, which matches no date word.
    private static string ReplaceInvalid(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(chars[i], chars[i + 1])))
                {
                    chars[i] = chars[i + 1] = '\uFFFD';
                }

                i++;
            }
            else if (char.IsSurrogate(chars[i]) || IsNoncharacter(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    // U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…).
    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    // ICU's list of what it refuses is not ours to know in full: if it still refuses, read the text as is
    // (accents then stay, and at worst a date is not recognised) rather than fail the turn.
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"^([0-9]{1,6})(?:°|ro|ero)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsWithOrdinal();
}
