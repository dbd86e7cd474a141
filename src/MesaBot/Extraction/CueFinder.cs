using System.Text.RegularExpressions;

namespace MesaBot.Extraction;

/// <summary>
/// Finds the cue of one clause and who it names, in this order: a label ("Acuerdo:", "Tarea:"), an owner
/// after the cue ("queda a cargo de Ana"), a subject before it ("la CChC se compromete a", "Luis quedó de"),
/// a future with a subject ("Corfo presentará"), the speaker ("me encargo", "le envío"), an acuerdo
/// ("se acuerda"), and last the heading the clause sits under. A cue that is negated ("no enviará") or
/// that recalls an earlier session ("como se acordó") is no cue.
/// </summary>
internal sealed partial class CueFinder(NameIndex names)
{
    // Every cue holds one of these (folded, with a space before the text), or a future's accent: a sentence
    // with none is skipped without running the patterns, which is most of what a meeting says.
    private static readonly string[] TriggerWords =
    [
        "acuerd", "acord", "resuel", "resolv", "decid", "conven", "convien", "convin", "defin", "establec", "determin", "acog",
        "consenso", "aprueb", "aprob", "valid", "ratific", "rechaz", "adopt", "prioriz", "mandat", "oficializ", "formaliz",
        "tarea", "accion", "encarg", "pendiente", "paso", "compromet", "compromiso", "cargo", "responsab", "encomiend",
        "encomend", "asign", "solicit", " pide", " pidi", " pedimos", "qued", " debe", "tiene que", "tienen que", "tendra",
        " va a ", " van a ", "ofrec", " me ", " yo ", " yo,", " le ", " les ", " te ", " se l", "enviare", "hare ",
    ];

    private static readonly System.Buffers.SearchValues<string> Triggers = System.Buffers.SearchValues.Create(TriggerWords, StringComparison.Ordinal);

    /// <summary>False when the sentence cannot hold a cue: no trigger word and no accented future ("enviará", "enviaré").</summary>
    public static bool MayHoldCue(FoldedText text) =>
        (" " + text.Folded + " ").AsSpan().IndexOfAny(Triggers) >= 0 || text.Original.AsSpan().IndexOfAny("áéÁÉ") >= 0;

    // A subject stands at most this many words before its verb: "Ana Pérez, de la Dirección de Planeamiento, enviará".
    private const int MaxSubjectGap = 6;

    // An owner follows its cue within a few words: "a cargo de los representantes de la CChC".
    private const int MaxOwnerGap = 4;

    public Cue? Find(FoldedText text, int start, int end, Section section)
    {
        var folded = text.Folded[start..end];
        var from = text.WordAt(start);
        var to = text.WordAt(end);
        var mentions = names.Find(text, from, to);
        var clause = new Clause(text, start, end, folded, from, to, mentions);
        return Labelled(clause)
            ?? OwnerAfter(clause)
            ?? SubjectVerb(clause)
            ?? Future(clause)
            ?? Speaker(clause)
            ?? Agreement(clause)
            ?? Headed(clause, section);
    }

    private sealed record Clause(FoldedText Text, int Start, int End, string Folded, int FromWord, int ToWord, List<Mention> Mentions)
    {
        public int CharOf(int word) => word < Text.Words.Count ? Text.Words[word].Start : Text.Original.Length;

        public bool Negated(int at) => CuePatterns.NegatedBefore().IsMatch(Text.Folded[Math.Max(Start, at - 24)..at]);
    }

    private static Cue? Labelled(Clause c)
    {
        if (CuePatterns.AgreementLabel().Match(c.Folded) is { Success: true } agreement)
        {
            return new Cue(ProposedKind.Agreement, c.Start + agreement.Index, c.Start + agreement.Index + agreement.Length, ActorKind.None);
        }

        var task = CuePatterns.TaskLabel().Match(c.Folded);
        var commitment = task.Success ? task : CuePatterns.CommitmentLabel().Match(c.Folded);
        if (!commitment.Success)
        {
            return null;
        }

        var label = new Cue(task.Success ? ProposedKind.ActionItem : ProposedKind.Commitment, c.Start + commitment.Index, c.Start + commitment.Index + commitment.Length, ActorKind.None);
        return Owned(c, label);
    }

    /// <summary>A cue whose kind is known (a label, a heading): the owner is whoever the clause names, preferably after "responsable:".</summary>
    private static Cue Owned(Clause c, Cue cue)
    {
        if (OwnerAfter(c) is { } owner)
        {
            var kind = owner.Mention?.Partner is not null ? ProposedKind.Commitment : cue.Kind == ProposedKind.Commitment && owner.Mention is null ? cue.Kind : ProposedKind.ActionItem;
            return cue with { Kind = kind, Actor = owner.Actor, Mention = owner.Mention, Remove = (owner.Start, owner.End) };
        }

        if (c.Mentions.FirstOrDefault(m => c.CharOf(m.FirstWord) >= cue.End) is { } named)
        {
            var kind = named.Partner is not null ? ProposedKind.Commitment : ProposedKind.ActionItem;
            return cue with { Kind = kind, Actor = ActorKind.Named, Mention = named, Remove = (c.CharOf(named.FirstWord), c.Text.Words[named.EndWord - 1].End) };
        }

        return cue;
    }

    /// <summary>
    /// "Responsable de publicar el calendario: Carolina Fuentes": the work stands between the cue and a colon,
    /// the owner after it. Checked before the usual "owner right after the cue", which would take a partner
    /// named inside the work ("responsable de contactar a la CChC: Ana") for the owner.
    /// </summary>
    private static Cue? ResponsibleForThenName(Clause c, Match m, int cueStart, int next)
    {
        if (!m.Value.StartsWith("responsable", StringComparison.Ordinal) || next >= c.ToWord || c.Text.Words[next].Folded is not ("de" or "del"))
        {
            return null;
        }

        var colon = c.Text.Folded.IndexOf(':', c.Text.Words[next].End, c.End - c.Text.Words[next].End);
        if (colon < 0)
        {
            return null;
        }

        var afterColon = c.Text.WordAt(colon + 1);
        if (c.Mentions.FirstOrDefault(x => x.FirstWord == afterColon) is not { } owner)
        {
            return null;
        }

        var kind = owner.Partner is not null ? ProposedKind.Commitment : ProposedKind.ActionItem;
        return new Cue(kind, cueStart, c.Text.Words[next].End, ActorKind.Named)
        {
            Mention = owner,
            Remove = (colon, c.Text.Words[owner.EndWord - 1].End),
        };
    }

    private static Cue? OwnerAfter(Clause c)
    {
        foreach (Match m in CuePatterns.OwnerAfter().Matches(c.Folded))
        {
            var cueStart = c.Start + m.Index;
            var cueEnd = cueStart + m.Length;
            if (c.Negated(cueStart))
            {
                continue;
            }

            var next = c.Text.WordAt(cueEnd);
            if (ResponsibleForThenName(c, m, cueStart, next) is { } named)
            {
                return named;
            }

            if (c.Mentions.FirstOrDefault(x => x.FirstWord >= next && x.FirstWord - next <= MaxOwnerGap) is { } mention)
            {
                var kind = mention.Partner is not null ? ProposedKind.Commitment : ProposedKind.ActionItem;
                return new Cue(kind, cueStart, c.Text.Words[mention.EndWord - 1].End, ActorKind.Named) { Mention = mention };
            }

            if (next < c.ToWord && c.Text.Words[next].Folded is "yo" or "mi" or "mio")
            {
                return new Cue(ProposedKind.ActionItem, cueStart, c.Text.Words[next].End, ActorKind.Speaker);
            }

            // "Jorge queda a cargo de reunir las fichas": the owner stands before, the work after.
            if (m.Value.StartsWith("qued", StringComparison.Ordinal) && Subject(c, c.Text.WordAt(cueStart)) is { Actor: ActorKind.Named } subject)
            {
                var kind = subject.Mention!.Partner is not null ? ProposedKind.Commitment : ProposedKind.ActionItem;
                return new Cue(kind, subject.Start, cueEnd, ActorKind.Named) { Mention = subject.Mention, TextFollows = true };
            }

            var strong = m.Value.Contains(':', StringComparison.Ordinal) || m.Value.StartsWith("qued", StringComparison.Ordinal)
                || m.Value.StartsWith("tarea", StringComparison.Ordinal) || m.Value.StartsWith("encargad", StringComparison.Ordinal);
            if (strong)
            {
                // "Responsable: Juan Gómez", someone the roster does not know: the name goes with the cue, the owner is to fill.
                var last = next;
                while (last < c.ToWord && last - next < 3 && c.Text.Words[last].IsCapitalized)
                {
                    last++;
                }

                var end = last > next ? c.Text.Words[last - 1].End : cueEnd;
                return new Cue(ProposedKind.ActionItem, cueStart, end, last > next ? ActorKind.None : ActorKind.Unit);
            }
        }

        return null;
    }

    private static Cue? SubjectVerb(Clause c)
    {
        foreach (Match m in CuePatterns.SubjectVerb().Matches(c.Folded))
        {
            var cueStart = c.Start + m.Index;
            var cueEnd = cueStart + m.Length;
            var committing = m.Groups["c"].Success;
            var next = c.Text.WordAt(cueEnd);
            var needsInfinitive = !committing && !m.Value.Contains("encarg", StringComparison.Ordinal) && !m.Value.Contains("cargo", StringComparison.Ordinal);
            if (c.Negated(cueStart) || (needsInfinitive && !(next < c.ToWord && SpanishVerbs.IsInfinitive(c.Text.Words[next].Folded) && SpanishVerbs.IsAction(c.Text.Words[next].Folded))))
            {
                continue;
            }

            if (Subject(c, c.Text.WordAt(cueStart)) is { } subject)
            {
                var kind = subject.Mention?.Partner is not null ? ProposedKind.Commitment : ProposedKind.ActionItem;
                return new Cue(kind, subject.Start, cueEnd, subject.Actor) { Mention = subject.Mention, TextFollows = true };
            }

            // "quedo de enviar" (no accent): the speaker; "quedó de" with nobody before it is nobody's.
            if (m.Value.StartsWith("quedo ", StringComparison.Ordinal) && !c.Text.Original[cueStart..cueEnd].Contains('ó'))
            {
                return new Cue(ProposedKind.ActionItem, cueStart, cueEnd, ActorKind.Speaker) { TextFollows = true };
            }

            if (committing)
            {
                return new Cue(ProposedKind.Commitment, cueStart, cueEnd, ActorKind.None) { StandsAlone = false, TextFollows = true };
            }
        }

        return null;
    }

    private static Cue? Future(Clause c)
    {
        for (var w = c.FromWord; w < c.ToWord; w++)
        {
            var word = c.Text.Words[w];
            if (SpanishVerbs.ThirdPersonFuture(word) is { } infinitive)
            {
                if (c.Negated(word.Start) || Subject(c, w) is not { } subject)
                {
                    continue;
                }

                var kind = subject.Mention?.Partner is not null ? ProposedKind.Commitment : ProposedKind.ActionItem;
                return new Cue(kind, subject.Start, word.End, subject.Actor) { Mention = subject.Mention, Verb = infinitive, TextFollows = true };
            }

            if (SpanishVerbs.FirstPersonFuture(word) is { } own && !c.Negated(word.Start))
            {
                var start = w > c.FromWord && c.Text.Words[w - 1].Folded == "yo" ? c.Text.Words[w - 1].Start : word.Start;
                return new Cue(ProposedKind.ActionItem, start, word.End, ActorKind.Speaker) { Verb = own, TextFollows = true };
            }
        }

        return null;
    }
}
