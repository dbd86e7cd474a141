namespace MesaBot.Extraction;

/// <summary>The speaker's cues, the acuerdos, the headings, and who stands before a verb.</summary>
internal sealed partial class CueFinder
{
    private static Cue? Speaker(Clause c)
    {
        if (CuePatterns.SpeakerCommits().Match(c.Folded) is { Success: true } commits && !c.Negated(c.Start + commits.Index))
        {
            var start = c.Start + commits.Index;
            if (!c.Text.Original[start..(start + commits.Length)].Contains('ó'))
            {
                return new Cue(ProposedKind.ActionItem, start, start + commits.Length, ActorKind.Speaker) { TextFollows = true };
            }
        }

        if (CuePatterns.SpeakerPresent().Match(c.Folded) is { Success: true } present && !c.Negated(c.Start + present.Index))
        {
            var verb = present.Groups["i"].Success ? present.Groups["i"].Value : SpanishVerbs.FirstPersonPresent(present.Groups["v"].Value.Split(' ')[0]);
            if (present.Groups["v"].Value.StartsWith("hago ", StringComparison.Ordinal))
            {
                verb = "hacer llegar";
            }

            var start = c.Start + present.Index;
            return new Cue(ProposedKind.ActionItem, start, start + present.Length, ActorKind.Speaker) { Verb = verb, TextFollows = true };
        }

        return null;
    }

    private static Cue? Agreement(Clause c)
    {
        if (CuePatterns.EarlierSession().IsMatch(c.Folded))
        {
            return null;
        }

        if (CuePatterns.AgreementStripped().Match(c.Folded) is { Success: true } stripped && !c.Negated(c.Start + stripped.Index))
        {
            return new Cue(ProposedKind.Agreement, c.Start + stripped.Index, c.Start + stripped.Index + stripped.Length, ActorKind.None);
        }

        if (CuePatterns.AgreementKept().Match(c.Folded) is { Success: true } kept && !c.Negated(c.Start + kept.Index))
        {
            return new Cue(ProposedKind.Agreement, c.Start + kept.Index, c.Start + kept.Index + kept.Length, ActorKind.None) { KeepsWording = true };
        }

        return null;
    }

    private static Cue? Headed(Clause c, Section section)
    {
        var kind = section switch
        {
            Section.Agreements => ProposedKind.Agreement,
            Section.Tasks => ProposedKind.ActionItem,
            Section.Commitments => ProposedKind.Commitment,
            _ => (ProposedKind?)null,
        };
        if (kind is not { } known || c.Folded.Count(char.IsLetter) < 4)
        {
            return null;
        }

        var cue = new Cue(known, c.Start, c.Start, ActorKind.None) { StandsAlone = false };
        return known == ProposedKind.Agreement ? cue : Owned(c, cue);
    }

    /// <summary>Who stands just before word <paramref name="verb"/>: a name, "yo", or a unit ("la Secretaría Técnica").</summary>
    private static (int Start, ActorKind Actor, Mention? Mention)? Subject(Clause c, int verb)
    {
        var named = c.Mentions.LastOrDefault(m => m.EndWord <= verb && verb - m.EndWord <= MaxSubjectGap);
        if (named is not null && !HasVerbBetween(c, named.EndWord, verb))
        {
            return (c.CharOf(named.FirstWord), ActorKind.Named, named);
        }

        for (var w = verb - 1; w >= Math.Max(c.FromWord, verb - 2); w--)
        {
            if (c.Text.Words[w].Folded == "yo")
            {
                return (c.Text.Words[w].Start, ActorKind.Speaker, null);
            }
        }

        for (var count = Math.Min(4, verb - c.FromWord); count >= 1; count--)
        {
            var first = c.Text.Words[verb - count];
            var phrase = c.Text.Folded[first.Start..c.Text.Words[verb - 1].End];
            if (CuePatterns.Unit().IsMatch(phrase))
            {
                var start = verb - count - 1 >= c.FromWord && c.Text.Words[verb - count - 1].Folded is "la" or "el" or "los" or "las"
                    ? c.Text.Words[verb - count - 1].Start
                    : first.Start;
                return (start, ActorKind.Unit, null);
            }
        }

        return null;
    }

    // "Ana presentó el informe que Corfo enviará": Ana is not the subject of "enviará".
    private static bool HasVerbBetween(Clause c, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (c.Text.Words[w].Folded is "que" or "quien" or "cuando" or "donde" or "si")
            {
                return true;
            }
        }

        return false;
    }
}
