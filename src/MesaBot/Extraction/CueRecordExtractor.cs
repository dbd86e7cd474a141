namespace MesaBot.Extraction;

/// <summary>
/// The extractor without a language model: sentences (<see cref="SentenceSplitter"/>), clauses where one
/// sentence states two records, cue phrases (<see cref="CueFinder"/>), names (<see cref="NameIndex"/>)
/// and dates (<see cref="ProposalText"/>). It proposes only what a cue or a heading states: a question,
/// a report of what was done ("se revisó el avance") or a date of the next session is no record.
/// </summary>
public sealed class CueRecordExtractor : IRecordExtractor
{
    // Far beyond a pasted message or a two-hour transcript; the rest of a longer text is not read.
    public const int MaxCharacters = 400_000;

    public IReadOnlyList<ProposedRecord> Extract(ExtractionInput input)
    {
        var names = new NameIndex(input.Roster, input.Partners);
        var finder = new CueFinder(names);
        var proposals = new List<ProposedRecord>();
        var budget = MaxCharacters;
        for (var p = 0; p < input.Passages.Count && budget > 0; p++)
        {
            var passage = input.Passages[p];
            var text = passage.Text ?? string.Empty;
            text = text.Length > budget ? text[..budget] : text;
            budget -= text.Length;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                foreach (var proposal in Read(sentence, finder, passage, input))
                {
                    proposals.Add(proposal with { Source = new SourceSpan(p, sentence.Start, sentence.Length) });
                }
            }
        }

        return proposals;
    }

    private static IEnumerable<ProposedRecord> Read(Sentence sentence, CueFinder finder, Passage passage, ExtractionInput input)
    {
        if (CuePatterns.Question().IsMatch(sentence.Text))
        {
            yield break;
        }

        var text = new FoldedText(sentence.Text);
        if (sentence.Section is Section.None or Section.Other && !CueFinder.MayHoldCue(text))
        {
            yield break;
        }

        // Most sentences of a meeting state nothing: one look at the whole before cutting it into clauses.
        var whole = finder.Find(text, 0, text.Original.Length, sentence.Section);
        if (whole is null)
        {
            yield break;
        }

        var clauses = CuePatterns.ClauseBreak().IsMatch(text.Folded) ? Clauses(text, finder, sentence.Section) : [(0, text.Original.Length, whole)];
        foreach (var (start, end, cue) in clauses)
        {
            if (cue is not null && Build(text, start, end, cue, passage, input) is { } proposal)
            {
                yield return proposal;
            }
        }
    }

    /// <summary>
    /// The sentence cut where a second record starts: at ";", ",", " y " when both sides have a cue and the
    /// second names its own subject ("Se acuerda X y la CChC enviará Y"). "Ana revisará las bases y enviará
    /// comentarios" stays one tarea.
    /// </summary>
    private static List<(int Start, int End, Cue? Cue)> Clauses(FoldedText text, CueFinder finder, Section section)
    {
        var pieces = new List<(int Start, int End)>();
        var from = 0;
        foreach (System.Text.RegularExpressions.Match m in CuePatterns.ClauseBreak().Matches(text.Folded))
        {
            if (m.Index > from)
            {
                pieces.Add((from, m.Index));
            }

            from = m.Index + m.Length;
        }

        if (from < text.Folded.Length)
        {
            pieces.Add((from, text.Folded.Length));
        }

        var found = new Dictionary<(int, int), Cue?>();
        Cue? Find(int start, int end, Section within)
        {
            if (!found.TryGetValue((start, end), out var cue))
            {
                found[(start, end)] = cue = finder.Find(text, start, end, within);
            }

            return cue;
        }

        var clauses = new List<(int Start, int End, Cue? Cue)>();
        foreach (var (start, end) in pieces)
        {
            if (clauses.Count == 0)
            {
                clauses.Add((start, end, null));
                continue;
            }

            var last = clauses[^1];
            var own = Find(start, end, Section.None);
            var lastCue = last.Cue ?? Find(last.Start, last.End, Section.None);
            // "yo las consolido y se las envío": one speaker, one piece of work.
            var sameActor = own is { Actor: ActorKind.Speaker } && lastCue is { Actor: ActorKind.Speaker };
            if (lastCue is not null && own is { StandsAlone: true } && !sameActor)
            {
                clauses[^1] = (last.Start, last.End, lastCue);
                clauses.Add((start, end, own));
            }
            else
            {
                clauses[^1] = (last.Start, end, lastCue);
            }
        }

        // Each clause's cue is read again over the whole clause: merging may have brought the cue's subject in.
        return [.. clauses.Select(c => (c.Start, c.End, clauses.Count == 1 ? finder.Find(text, c.Start, c.End, section) : Find(c.Start, c.End, Section.None)))];
    }

    private static ProposedRecord? Build(FoldedText text, int start, int end, Cue cue, Passage passage, ExtractionInput input)
    {
        var original = text.Original;
        string body;
        if (cue.Kind == ProposedKind.Agreement)
        {
            var after = original[cue.End..end];
            body = cue.KeepsWording
                ? ProposalText.Without(original[start..end], -1, -1, Shift(cue.Remove, start))
                : WordCount(after) >= 2 ? after : original[start..cue.Start] + " " + after;
        }
        else
        {
            // A subject and its verb open the record's text: what came before them is a topic ("Respecto del informe,").
            // When nothing follows ("Sí, yo las consolido"), the verb alone says it.
            var rest = cue.TextFollows
                ? (cue.Verb is not null || HasWords(original, cue.End, end) ? original[cue.End..end] : ProposalText.Without(original[start..end], cue.Start - start, cue.End - start, Shift(cue.Remove, start)))
                : ProposalText.Without(original[start..end], cue.Start - start, cue.End - start, Shift(cue.Remove, start));
            body = cue.Verb is { } verb ? verb + " " + rest : rest;
        }

        DateOnly? due = null;
        string? phrase = null;
        if (cue.Kind != ProposedKind.Agreement)
        {
            (body, due, phrase) = ProposalText.WithoutDate(System.Text.RegularExpressions.Regex.Replace(body, @"\s+", " ").Trim(), input.Today, input.Calendar);
        }

        var tidy = ProposalText.Tidy(body);
        if (tidy.Length == 0)
        {
            return null;
        }

        return new ProposedRecord(cue.Kind, tidy, default)
        {
            Owner = cue.Kind == ProposedKind.ActionItem
                ? cue.Actor switch
                {
                    ActorKind.Named => cue.Mention?.Person,
                    ActorKind.Speaker => passage.Speaker,
                    _ => null,
                }
                : null,
            Partner = cue.Kind == ProposedKind.Commitment ? cue.Mention?.Partner?.Name : null,
            DueDate = due,
            DatePhrase = phrase,
        };
    }

    private static bool HasWords(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    private static (int Start, int End)? Shift((int Start, int End)? span, int by) =>
        span is { } s ? (s.Start - by, s.End - by) : null;
}
