using MesaBot.Extraction;

namespace MesaBot.TestData.Extraction;

/// <summary>Counts for one kind of record.</summary>
public sealed record KindScore(ProposedKind Kind, int Expected, int Proposed, int Matched)
{
    public double Precision => Proposed == 0 ? 1 : (double)Matched / Proposed;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
}

/// <summary>A mistake, to print: where, what was expected, what came out.</summary>
public sealed record ScoreMiss(string File, string Text, string Expected, string Proposed);

/// <summary>
/// Precision and recall per kind, matched unit by unit (a line of minutes, a speaker's turn): a proposal
/// counts when its unit expects a record of its kind. Over those matches, how often the owner (tareas) or
/// partner (compromisos) is right, and, over the matches whose label states a due date, how often the date is.
/// </summary>
public sealed record ExtractionScore(IReadOnlyList<KindScore> Kinds, int WhoRight, int WhoTotal, int DueRight, int DueTotal, IReadOnlyList<ScoreMiss> Misses)
{
    public double WhoAccuracy => WhoTotal == 0 ? 1 : (double)WhoRight / WhoTotal;

    public double DueAccuracy => DueTotal == 0 ? 1 : (double)DueRight / DueTotal;

    public KindScore this[ProposedKind kind] => Kinds.Single(k => k.Kind == kind);

    public static ExtractionScore Of(IEnumerable<LabelledDocument> documents, IRecordExtractor extractor)
    {
        var counts = Enum.GetValues<ProposedKind>().ToDictionary(k => k, _ => (Expected: 0, Proposed: 0, Matched: 0));
        int whoRight = 0, whoTotal = 0, dueRight = 0, dueTotal = 0;
        var misses = new List<ScoreMiss>();
        foreach (var document in documents)
        {
            var proposals = extractor.Extract(document.Input);
            foreach (var unit in document.Units)
            {
                var mine = proposals.Where(p => p.Source.Passage == unit.Passage && p.Source.Start >= unit.Start && p.Source.Start < Math.Max(unit.End, unit.Start + 1)).ToList();
                foreach (var kind in Enum.GetValues<ProposedKind>())
                {
                    var expected = unit.Expected.Where(e => e.Kind == kind).ToList();
                    var proposed = mine.Where(p => p.Kind == kind).ToList();
                    var matched = Math.Min(expected.Count, proposed.Count);
                    var c = counts[kind];
                    counts[kind] = (c.Expected + expected.Count, c.Proposed + proposed.Count, c.Matched + matched);
                    for (var i = 0; i < matched; i++)
                    {
                        if (kind != ProposedKind.Agreement)
                        {
                            whoTotal++;
                            var who = kind == ProposedKind.ActionItem ? proposed[i].Owner?.Name : proposed[i].Partner;
                            var right = kind == ProposedKind.ActionItem
                                ? who == expected[i].Who
                                : expected[i].Who is null ? who is null : who == document.Input.Partners.Find(expected[i].Who)?.Name;
                            whoRight += right ? 1 : 0;
                            if (!right)
                            {
                                misses.Add(new ScoreMiss(document.File, unit.Text, $"{kind} {expected[i].Who ?? "?"}", $"{kind} {who ?? "?"}"));
                            }
                        }

                        if (expected[i].Due is { } due)
                        {
                            dueTotal++;
                            dueRight += proposed[i].DueDate == due ? 1 : 0;
                            if (proposed[i].DueDate != due)
                            {
                                misses.Add(new ScoreMiss(document.File, unit.Text, $"{kind} due {due:yyyy-MM-dd}", $"due {proposed[i].DueDate?.ToString("yyyy-MM-dd") ?? "none"}"));
                            }
                        }
                    }

                    if (expected.Count != proposed.Count)
                    {
                        misses.Add(new ScoreMiss(document.File, unit.Text, $"{expected.Count} {kind}", $"{proposed.Count} {kind}: " + string.Join(" | ", proposed.Select(p => p.Text))));
                    }
                }
            }
        }

        return new ExtractionScore([.. counts.Select(c => new KindScore(c.Key, c.Value.Expected, c.Value.Proposed, c.Value.Matched))], whoRight, whoTotal, dueRight, dueTotal, misses);
    }

    public string Report(string title)
    {
        var lines = new List<string> { title };
        lines.AddRange(Kinds.Select(k => $"  {k.Kind,-11} expected {k.Expected,3}  proposed {k.Proposed,3}  matched {k.Matched,3}  precision {k.Precision:0.000}  recall {k.Recall:0.000}"));
        lines.Add($"  owner/partner {WhoRight}/{WhoTotal} = {WhoAccuracy:0.000}   due date {DueRight}/{DueTotal} = {DueAccuracy:0.000}");
        return string.Join(Environment.NewLine, lines);
    }
}
