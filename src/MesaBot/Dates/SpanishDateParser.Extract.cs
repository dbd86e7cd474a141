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
    /// <remarks>
    /// Where a date may stand: at the end of the command, after an introducer ("para", "plazo", "vence",
    /// "hasta", "antes", "al", "en", "dentro"), after a separator (",", ";", ":", ".", "-"), or, with no
    /// introducer at all, when it cannot be part of the text. The rule for that last case
    /// (<see cref="MayStandAlone"/>): at least one word of text before it; the word before it is not "de",
    /// "del", "a", "la", "las", "los" or "el" ("el informe del viernes" is the report of Friday, not a
    /// deadline); and the phrase is a date on its own: not a lone number ("artículo 15"), nor a lone
    /// abbreviation ("dom"), nor a lone month ("informe marzo"). So "enviar el informe el viernes", "enviar
    /// el informe 15/12", "evaluar propuesta mañana a las 10" and "cerrar balance a fin de año" carry dates.
    /// </remarks>
    public static DueDateExtraction ExtractDueDate(string text, DateOnly today, ChileBusinessCalendar? calendar = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DueDateExtraction.None(text ?? string.Empty);
        }

        var words = Words().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (text.Length - words[i].Index > MaxClauseLength || Candidate(text, words, i, today, calendar) is not { } found)
            {
                continue;
            }

            var cut = found.ClauseStart;
            while (cut > 0 && (char.IsWhiteSpace(text[cut - 1]) || ClausePunctuation.Contains(text[cut - 1], StringComparison.Ordinal)))
            {
                cut--;
            }

            if (found.Reading.Kind is DateReadingKind.Invalid or DateReadingKind.Vague)
            {
                var clause = text[found.DateStart..];
                // A vague span is replaced by the day the user picks, so its clause leaves the text ("preparar
                // bases para marzo" becomes "preparar bases" due 1 March); an invalid date keeps the text whole.
                return found.Reading.Kind == DateReadingKind.Vague
                    ? new DueDateExtraction(text[..cut].Trim(), null, text[cut..].Trim(), DateError.For(clause, found.Reading)) { Suggestions = found.Reading.Suggestions }
                    : new DueDateExtraction(text, null, string.Empty, DateError.For(clause, found.Reading)) { Suggestions = found.Reading.Suggestions };
            }

            return new DueDateExtraction(text[..cut].Trim(), found.Reading.Date, text[cut..].Trim(), null) { NextOccurrence = found.Reading.NextOccurrence, DueTime = found.Reading.Time };
        }

        return UnreadableAttempt(text, words) is { } attempt
            ? new DueDateExtraction(text, null, string.Empty, attempt)
            : DueDateExtraction.None(text);
    }

    /// <summary>The date clause starting at word <paramref name="i"/>, if that word can start one and it reads as a date.</summary>
    private static (int ClauseStart, int DateStart, DateReading Reading)? Candidate(string text, MatchCollection words, int i, DateOnly today, ChileBusinessCalendar? calendar)
    {
        var word = Bare(words[i].Value);
        var afterSeparator = i > 0 && Separators.Contains(words[i - 1].Value[^1], StringComparison.Ordinal);
        if (SelfIntroducing.Contains(word) || (afterSeparator && !Introducers.Contains(word)))
        {
            return Attempt(words[i].Index, words[i].Index, withEn: false);
        }

        if (!Introducers.Contains(word))
        {
            return i > 0 && !NotBeforeALoneDate.Contains(Bare(words[i - 1].Value)) && Attempt(words[i].Index, words[i].Index, withEn: false) is { } alone
                && MayStandAlone(text[words[i].Index..], alone.Item3)
                ? alone
                : null;
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
            var reading = Read(text[dateStart..], today, calendar);
            if (withEn && reading.Kind == DateReadingKind.Unreadable)
            {
                reading = Read("en " + text[dateStart..], today, calendar);
            }

            // "hasta el mar" is the sea, not Tuesday: in running text the bare abbreviation is too ambiguous.
            var isTheSea = TheSea().IsMatch(Normalize(text[dateStart..]));
            return reading.Kind == DateReadingKind.Unreadable || isTheSea ? null : (clauseStart, dateStart, reading);
        }
    }

    // A date with no introducer after one of these belongs to the text: "el informe del viernes".
    private static readonly FrozenSet<string> NotBeforeALoneDate = new[] { "de", "del", "a", "la", "las", "los", "el", "lo" }.ToFrozenSet();

    // Words for a day already gone: a deadline cannot be there, but a date was certainly meant.
    private static readonly FrozenSet<string> PastWords = new[] { "ayer", "anteayer", "antier", "anoche" }.ToFrozenSet();

    private static bool MayStandAlone(string phrase, DateReading reading)
    {
        var normalized = Normalize(phrase);
        // A lone month ("informe marzo") may be the text's; "primera semana de enero" cannot be.
        var vagueButLong = reading.Kind == DateReadingKind.Vague && normalized.Count(c => c == ' ') >= 2;
        return (reading.Kind is DateReadingKind.Read or DateReadingKind.Invalid || vagueButLong)
            && !OneShortWord().IsMatch(normalized)
            && !LoneNumber().IsMatch(normalized);
    }

    /// <summary>
    /// Nothing read, but the end of the command tries to be a date: "para el juevesss", "el juevesss", "ayer".
    /// Saying what was not understood beats "Falta el plazo", which is untrue.
    /// </summary>
    private static DateError? UnreadableAttempt(string text, MatchCollection words)
    {
        // From the end back: the introducer nearest the attempt is where it starts ("revisar el informe el juevesss"
        // quotes «el juevesss», not «el informe el juevesss»).
        for (var i = words.Count - 1; i >= Math.Max(0, words.Count - 4); i--)
        {
            var word = Bare(words[i].Value);
            var introduced = Introducers.Contains(word) || SelfIntroducing.Contains(word) || word == "el";
            if (!introduced && !PastWords.Contains(word))
            {
                continue;
            }

            var rest = text[words[i].Index..];
            var restWords = Words().Matches(rest).Select(m => Bare(m.Value)).ToList();
            // Quote what follows "para"/"plazo"…, or the phrase itself when it has no introducer ("el juevesss").
            var quoted = (Introducers.Contains(word) || SelfIntroducing.Contains(word)) && i + 1 < words.Count ? text[words[i + 1].Index..] : rest;
            if (restWords.Any(PastWords.Contains))
            {
                return new DateError(DateErrors.PastWord, [quoted.Trim()]);
            }

            if (restWords.Any(LooksLikeADateWord))
            {
                return new DateError(DateErrors.Unreadable, [quoted.Trim()]);
            }
        }

        return null;
    }

    /// <summary>A misspelt weekday or month: "juevesss", "viernez", "diciembree" (same first four letters, close in length).</summary>
    private static bool LooksLikeADateWord(string word)
    {
        if (word.Length < 4 || SpanishWords.Weekdays.ContainsKey(word) || SpanishWords.Months.ContainsKey(word))
        {
            return false;
        }

        return SpanishWords.Weekdays.Keys.Concat(SpanishWords.Months.Keys)
            .Any(name => name.Length >= 5 && name.StartsWith(word[..4], StringComparison.Ordinal) && Math.Abs(name.Length - word.Length) <= 3);
    }

    private static string Bare(string word) => SpanishWords.Fold(word).Trim(Separators.ToCharArray());

    [GeneratedRegex(@"^(?:el |este )?mar$", RegexOptions.CultureInvariant)]
    private static partial Regex TheSea();

    [GeneratedRegex(@"^[a-z]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex OneShortWord();

    [GeneratedRegex(@"^(?:el |la )?[0-9]+[°a-z]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
