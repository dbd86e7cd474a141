using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using MesaBot.Dates;

namespace MesaBot.Extraction;

/// <summary>
/// The text a proposal is saved with: the clause without its cue and owner, the cue's future turned into
/// the infinitive ("la CChC enviará el informe el viernes" → "Enviar el informe"), its due date taken out
/// through the commands' own parser (<see cref="SpanishDateParser.ExtractDueDate"/>), relative to the
/// meeting's day; a date in mid-sentence ("enviará el viernes la propuesta") is looked for too.
/// </summary>
internal static partial class ProposalText
{
    // Words a date phrase may end with: only there is a mid-sentence date worth trying.
    private static readonly FrozenSet<string> DateEnds = new[]
    {
        "hoy", "manana", "semana", "semanas", "mes", "meses", "ano", "anos", "dias", "dia", "habiles", "habil", "laborales",
        "quincena", "viene", "proximo", "proxima",
    }.Concat(SpanishWords.Weekdays.Keys).Concat(SpanishWords.Months.Keys).ToFrozenSet(StringComparer.Ordinal);

    // Words a due-date clause may take before its first date word: "plazo hasta el viernes", "para antes del 15".
    private const int ClauseLead = 4;

    private const string Trimmed = " \t,;:.-–—•*\"'“”«»";

    public static string Tidy(string text)
    {
        var cleaned = Spaces().Replace(text, " ").Trim(Trimmed.ToCharArray());
        cleaned = LeadingJoiner().Replace(cleaned, string.Empty).Trim(Trimmed.ToCharArray());
        cleaned = BalanceParentheses(cleaned).Trim(Trimmed.ToCharArray());
        if (cleaned.Length == 0 || !cleaned.Any(char.IsLetter))
        {
            return string.Empty;
        }

        return char.ToUpper(cleaned[0], System.Globalization.CultureInfo.GetCultureInfo("es-CL")) + cleaned[1..];
    }

    /// <summary>The due date the text states, and the text without it; the phrase as written, also when it was too vague to read.</summary>
    public static (string Text, DateOnly? Date, string? Phrase) WithoutDate(string text, DateOnly today, ChileBusinessCalendar? calendar)
    {
        var folded = new FoldedText(text);
        var first = -1;
        for (var w = 0; w < folded.Words.Count && first < 0; w++)
        {
            first = DateEnds.Contains(folded.Words[w].Folded) || folded.Words[w].Folded.Any(char.IsDigit) ? w : -1;
        }

        // Most texts hold no date word: the parser, which tries every word, is not worth calling for them; for the
        // others it reads from a few words before the first date word ("para el viernes", "antes del 15").
        if (first < 0)
        {
            return (text, null, null);
        }

        // Minutes often put the due date in brackets ("evaluar el instrumento (30/11)", "[plazo: viernes]"): the
        // brackets hide the date from the parser, so a bracketed group that is only a date is read on its own.
        foreach (Match group in BracketedGroup().Matches(text))
        {
            var phrase = group.Groups["d"].Value;
            if (SpanishDateParser.Parse(phrase, today, calendar) is { Success: true } alone)
            {
                return (text.Remove(group.Index, group.Length), alone.Date, phrase);
            }

            var inner = SpanishDateParser.ExtractDueDate(phrase, today, calendar);
            if (inner.Date is { } bracketed && inner.Text.Trim(Trimmed.ToCharArray()).Length == 0)
            {
                return (text.Remove(group.Index, group.Length), bracketed, inner.Clause);
            }
        }

        var from = first <= ClauseLead ? 0 : folded.Words[first - ClauseLead].Start;
        var head = text[..from];
        var whole = SpanishDateParser.ExtractDueDate(text[from..], today, calendar);
        if (whole.Date is { } date)
        {
            return (head + whole.Text, date, whole.Clause);
        }

        if (whole.Error is { Key: DateErrors.TooVague } vague)
        {
            return (text, null, (vague.Arguments.FirstOrDefault() as string)?.Trim(Trimmed.ToCharArray()));
        }

        for (var w = folded.Words.Count - 2; w >= first; w--)
        {
            var word = folded.Words[w];
            if (!DateEnds.Contains(word.Folded) && !(word.Folded.All(char.IsDigit) && w > 0 && text[word.Start - 1] is '/' or '-' or '.'))
            {
                continue;
            }

            var prefix = SpanishDateParser.ExtractDueDate(text[from..word.End], today, calendar);
            if (prefix.Date is { } inside)
            {
                return (head + prefix.Text + " " + text[word.End..], inside, prefix.Clause);
            }
        }

        // Spoken dates the command parser leaves to an introducer: "hoy mismo", "confirmarlos el 13".
        if (SpokenDate().Match(text) is { Success: true } spoken)
        {
            var phrase = spoken.Groups["d"].Value;
            var parsed = phrase.StartsWith("hoy", StringComparison.OrdinalIgnoreCase) ? DateParseResult.Ok(today) : SpanishDateParser.Parse(phrase, today, calendar);
            if (parsed.Success)
            {
                return (text.Remove(spoken.Index, spoken.Length).Insert(spoken.Index, " "), parsed.Date, phrase);
            }
        }

        return (text, null, null);
    }

    public static string Without(string text, int start, int end, (int Start, int End)? also)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var removed = (i >= start && i < end) || (also is { } extra && i >= extra.Start && i < extra.End);
            builder.Append(removed ? ' ' : text[i]);
        }

        return builder.ToString();
    }

    private static string BalanceParentheses(string text)
    {
        var open = text.Count(c => c == '(');
        var close = text.Count(c => c == ')');
        if (open == close)
        {
            return EmptyBrackets().Replace(text, " ").Trim();
        }

        return text.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\s|^)(?<d>hoy(?:\s+mismo)?|el\s+[0-3]?[0-9])(?=[\s,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenDate();

    // What a cue leaves at the front: "que", "de", "a", "en", "lo siguiente".
    [GeneratedRegex(@"^(?:(?:que|lo siguiente|y|e)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingJoiner();

    [GeneratedRegex(@"\s*[\(\[]\s*(?<d>[^\(\)\[\]]{1,40}?)\s*[\)\]]")]
    private static partial Regex BracketedGroup();

    [GeneratedRegex(@"\(\s*[,;.\-–]*\s*\)")]
    private static partial Regex EmptyBrackets();
}
