using System.Globalization;
using MesaBot.Extraction;
using MesaBot.Graph.Transcripts;
using MesaBot.Records;

namespace MesaBot.TestData.Extraction;

/// <summary>What a labelled line or cue expects: a kind, and for tareas/compromisos who and when ("?" / null: not stated).</summary>
public sealed record ExpectedRecord(ProposedKind Kind, string? Who, DateOnly? Due);

/// <summary>One labelled unit of the development set: a line of minutes or a speaker's turn, and what it should give.</summary>
public sealed record LabelledUnit(string File, int Passage, int Start, int End, string Text, IReadOnlyList<ExpectedRecord> Expected);

/// <summary>A file of the set read as the extractor receives it, with its labels.</summary>
public sealed record LabelledDocument(string File, bool HeldOut, ExtractionInput Input, IReadOnlyList<LabelledUnit> Units);

/// <summary>
/// Reads tests/MesaBot.Tests/Extraction/DevSet (format in its README.md): the roster and partners of
/// context.txt, minutes (.txt) and transcripts (.vtt, through <see cref="WebVttTranscript"/>).
/// </summary>
public static class DevSet
{
    public static string Folder(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "MesaBot.Tests", "Extraction", "DevSet");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/MesaBot.Tests/Extraction/DevSet not found above " + AppContext.BaseDirectory);
    }

    public static (IReadOnlyList<Person> Roster, PartnerDirectory Partners) Context(string folder)
    {
        var roster = new List<Person>();
        var partners = new List<Partner>();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "context.txt")))
        {
            if (line.StartsWith("persona:", StringComparison.Ordinal))
            {
                var name = line["persona:".Length..].Trim();
                roster.Add(new Person("aad-" + PartnerNames.Normalize(name).Replace(' ', '-'), name));
            }
            else if (line.StartsWith("socio:", StringComparison.Ordinal))
            {
                var names = line["socio:".Length..].Split('|').Select(n => n.Trim()).ToList();
                partners.Add(new Partner(names[0], names.Skip(1).ToList()));
            }
        }

        return (roster, new PartnerDirectory(partners, []));
    }

    public static IReadOnlyList<LabelledDocument> Load(string? folder = null)
    {
        folder ??= Folder();
        var (roster, partners) = Context(folder);
        return
        [
            .. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(path => Path.GetExtension(path) switch
            {
                ".txt" when !path.EndsWith("context.txt", StringComparison.Ordinal) => Minutes(path, roster, partners),
                ".vtt" => Transcript(path, roster, partners),
                _ => null,
            }).OfType<LabelledDocument>(),
        ];
    }

    private static LabelledDocument Minutes(string path, IReadOnlyList<Person> roster, PartnerDirectory partners)
    {
        var today = default(DateOnly);
        Person? speaker = null;
        var text = new System.Text.StringBuilder();
        var units = new List<LabelledUnit>();
        foreach (var raw in File.ReadAllLines(path))
        {
            if (raw.StartsWith("@hoy ", StringComparison.Ordinal))
            {
                today = DateOnly.ParseExact(raw[5..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                continue;
            }

            if (raw.StartsWith("@habla ", StringComparison.Ordinal))
            {
                speaker = roster.Single(p => p.Name == raw[7..].Trim());
                continue;
            }

            var arrow = raw.LastIndexOf(" => ", StringComparison.Ordinal);
            var line = arrow >= 0 ? raw[..arrow].TrimEnd() : raw;
            var start = text.Length;
            text.Append(line).Append('\n');
            units.Add(new LabelledUnit(Path.GetFileName(path), 0, start, start + line.Length + 1, line, arrow >= 0 ? Labels(raw[(arrow + 4)..]) : []));
        }

        var input = ExtractionInput.OfText(text.ToString(), today, roster, partners, speaker);
        return new LabelledDocument(Path.GetFileName(path), IsHeldOut(path), input, units);
    }

    private static LabelledDocument Transcript(string path, IReadOnlyList<Person> roster, PartnerDirectory partners)
    {
        var vtt = File.ReadAllText(path);
        var today = default(DateOnly);
        var cueLabels = new Dictionary<int, List<ExpectedRecord>>();
        var cue = -1;
        foreach (var block in WebVttTranscript.Blocks(vtt))
        {
            if (block[0].StartsWith("NOTE hoy ", StringComparison.Ordinal))
            {
                today = DateOnly.ParseExact(block[0][9..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (block[0].StartsWith("NOTE => ", StringComparison.Ordinal))
            {
                cueLabels.TryAdd(cue, []);
                cueLabels[cue].AddRange(Labels(block[0][8..]));
            }
            else if (WebVttTranscript.ReadCue(block) is not null)
            {
                cue++;
            }
        }

        var turns = WebVttTranscript.Parse(vtt);
        var passages = turns.Select(t => new Passage(t.Text, roster.FirstOrDefault(p => p.Name == t.Speaker))).ToList();
        var units = turns.Select((t, i) => new LabelledUnit(Path.GetFileName(path), i, 0, t.Text.Length, t.Text,
            [.. Enumerable.Range(t.FirstCue, t.CueCount).SelectMany(c => cueLabels.GetValueOrDefault(c) ?? [])])).ToList();
        return new LabelledDocument(Path.GetFileName(path), IsHeldOut(path), new ExtractionInput(passages, today, roster, partners), units);
    }

    private static bool IsHeldOut(string path) => Path.GetFileName(path).StartsWith("heldout-", StringComparison.Ordinal);

    private static List<ExpectedRecord> Labels(string labels)
    {
        var expected = new List<ExpectedRecord>();
        foreach (var label in labels.Split(";;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = label.Split('|', StringSplitOptions.TrimEntries);
            var kind = parts[0] switch
            {
                "acuerdo" => ProposedKind.Agreement,
                "tarea" => ProposedKind.ActionItem,
                "compromiso" => ProposedKind.Commitment,
                "-" => (ProposedKind?)null,
                var other => throw new FormatException($"Unknown kind «{other}» in «{labels}»"),
            };
            if (kind is null)
            {
                continue;
            }

            var who = parts.Length > 1 && parts[1] != "?" ? parts[1] : null;
            var due = parts.Length > 2 && parts[2] != "-" ? DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            expected.Add(new ExpectedRecord(kind.Value, who, due));
        }

        return expected;
    }
}
