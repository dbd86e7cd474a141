using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MesaBot.Dates;

public static partial class SpanishDateParser
{
    // Words that open a due-date clause: "para el viernes", "plazo: 15/12", "vence el 15", "hasta fin de mes",
    // "antes del 15 de diciembre", "al 15/12".
    private static readonly FrozenSet<string> Introducers =
        new[] { "para", "plazo", "vence", "vencimiento", "hasta", "antes", "al" }.ToFrozenSet();

    // Words that may follow an introducer before the date itself: "plazo hasta el", "para antes del".
    private static readonly FrozenSet<string> Connectors =
        new[] { "para", "plazo", "vence", "vencimiento", "hasta", "antes", "al", "de", "del", string.Empty }.ToFrozenSet();

    // Phrases that introduce themselves: "revisar bases en 3 días", "dentro de dos semanas".
    private static readonly FrozenSet<string> SelfIntroducing = new[] { "en", "dentro" }.ToFrozenSet();

    // Punctuation after which a date may stand alone: "revisar bases, 15/12", "revisar bases. Mañana".
    private const string Separators = ",;:.-–—";

    // Punctuation that goes with the removed clause. Not the period: it may close an abbreviation ("Sr.").
    private const string ClausePunctuation = ",;:-–—";

    // A clause is a few words; farther starts cannot be a date and are not worth reading.
    private const int MaxClauseLength = 200;

    /// <summary>
    /// Finds a due date at the end of a command: "revisar bases técnicas @Ana para el viernes" gives the text
    /// "revisar bases técnicas @Ana" and Friday's date. Text that only looks like a clause ("preparar informe
    /// para la mesa") comes back untouched with no date and no error; a clause that tries to be a date and is
    /// not one ("para el 31/02") comes back untouched with an error to show.
    /// </summary>
    public static DueDateExtraction ExtractDueDate(string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DueDateExtraction.None(text ?? string.Empty);
        }

        var words = Words().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (text.Length - words[i].Index > MaxClauseLength || Candidate(text, words, i, today) is not { } found)
            {
                continue;
            }

            if (found.Reading.Kind == DateReadingKind.Invalid)
            {
                var clause = text[found.DateStart..];
                return new DueDateExtraction(text, null, string.Empty, DateError.For(clause, found.Reading));
            }

            var cut = found.ClauseStart;
            while (cut > 0 && (char.IsWhiteSpace(text[cut - 1]) || ClausePunctuation.Contains(text[cut - 1], StringComparison.Ordinal)))
            {
                cut--;
            }

            return new DueDateExtraction(text[..cut].Trim(), found.Reading.Date, text[cut..].Trim(), null);
        }

        return DueDateExtraction.None(text);
    }

    /// <summary>The date clause starting at word <paramref name="i"/>, if that word can start one and it reads as a date.</summary>
    private static (int ClauseStart, int DateStart, DateReading Reading)? Candidate(string text, MatchCollection words, int i, DateOnly today)
    {
        var word = Bare(words[i].Value);
        var afterSeparator = i > 0 && Separators.Contains(words[i - 1].Value[^1], StringComparison.Ordinal);
        if (SelfIntroducing.Contains(word) || (afterSeparator && !Introducers.Contains(word)))
        {
            return Attempt(words[i].Index, words[i].Index, withEn: false);
        }

        if (!Introducers.Contains(word))
        {
            return null;
        }

        var j = i + 1;
        var sawPlazo = word == "plazo";
        while (j < words.Count && Connectors.Contains(Bare(words[j].Value)))
        {
            sawPlazo |= Bare(words[j].Value) == "plazo";
            j++;
        }

        if (j == words.Count)
        {
            return null;
        }

        // "plazo de 3 días" means "en 3 días".
        return Attempt(words[i].Index, words[j].Index, withEn: sawPlazo && Bare(words[j - 1].Value) == "de");

        (int, int, DateReading)? Attempt(int clauseStart, int dateStart, bool withEn)
        {
            var reading = Read(text[dateStart..], today);
            if (withEn && reading.Kind == DateReadingKind.Unreadable)
            {
                reading = Read("en " + text[dateStart..], today);
            }

            // "hasta el mar" is the sea, not Tuesday: in running text the bare abbreviation is too ambiguous.
            var isTheSea = TheSea().IsMatch(Normalize(text[dateStart..]));
            return reading.Kind == DateReadingKind.Unreadable || isTheSea ? null : (clauseStart, dateStart, reading);
        }
    }

    private static string Bare(string word) => SpanishWords.Fold(word).Trim(Separators.ToCharArray());

    [GeneratedRegex(@"^(?:el |este )?mar$", RegexOptions.CultureInvariant)]
    private static partial Regex TheSea();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
