using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MesaBot.Graph.Transcripts;

/// <summary>One speaker's turn: consecutive cues of the same voice merged, with when it started and which cues it holds.</summary>
public sealed record TranscriptTurn(string? Speaker, string Text, TimeSpan Start, int FirstCue, int CueCount);

/// <summary>
/// Reads a Teams meeting transcript in WebVTT (what Graph's <c>…/transcripts/{id}/content</c> answers with
/// <c>Accept: text/vtt</c>): the speaker from each cue's <c>&lt;v Name&gt;</c> tag, the text without tags,
/// and consecutive cues of one speaker merged into a turn, since Teams cuts a sentence into cues every
/// few seconds. Lenient: a malformed block is skipped, never an exception.
/// </summary>
public static partial class WebVttTranscript
{
    public static IReadOnlyList<TranscriptTurn> Parse(string? vtt)
    {
        var turns = new List<TranscriptTurn>();
        var cueIndex = 0;
        foreach (var block in Blocks(vtt ?? string.Empty))
        {
            if (ReadCue(block) is not { } cue)
            {
                continue;
            }

            if (turns.Count > 0 && turns[^1] is { } last && string.Equals(last.Speaker, cue.Speaker, StringComparison.Ordinal))
            {
                turns[^1] = last with { Text = Join(last.Text, cue.Text), CueCount = cueIndex - last.FirstCue + 1 };
            }
            else
            {
                turns.Add(new TranscriptTurn(cue.Speaker, cue.Text, cue.Start, cueIndex, 1));
            }

            cueIndex++;
        }

        return turns;
    }

    /// <summary>The blocks of the file, split at blank lines; the header and NOTE/STYLE/REGION blocks are blocks too and read as no cue.</summary>
    public static IEnumerable<string[]> Blocks(string vtt)
    {
        var lines = vtt.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var block = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (block.Count > 0)
                {
                    yield return [.. block];
                    block.Clear();
                }

                continue;
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return [.. block];
        }
    }

    /// <summary>A cue block: an optional identifier line, the timing line, then the payload; null for any other block.</summary>
    public static (string? Speaker, string Text, TimeSpan Start)? ReadCue(string[] block)
    {
        var timing = Array.FindIndex(block, l => l.Contains("-->", StringComparison.Ordinal));
        if (timing < 0 || timing > 1 || block[0].StartsWith("NOTE", StringComparison.Ordinal) || block[0].StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return null;
        }

        string? speaker = null;
        var text = new StringBuilder();
        foreach (var line in block.Skip(timing + 1))
        {
            if (Voice().Match(line) is { Success: true } voice)
            {
                speaker ??= voice.Groups["name"].Value.Trim();
            }

            var plain = WebUtility.HtmlDecode(Tag().Replace(line, string.Empty)).Trim();
            if (plain.Length > 0)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append(plain);
            }
        }

        return text.Length == 0 ? null : (speaker is { Length: > 0 } ? speaker : null, text.ToString(), StartOf(block[timing]));
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : a + " " + b;

    private static TimeSpan StartOf(string timing)
    {
        var start = timing.Split("-->")[0].Trim();
        string[] formats = [@"hh\:mm\:ss\.fff", @"mm\:ss\.fff", @"h\:mm\:ss\.fff"];
        return TimeSpan.TryParseExact(start, formats, CultureInfo.InvariantCulture, out var at) ? at : TimeSpan.Zero;
    }

    [GeneratedRegex(@"<v(?:\.[^\s>]+)*\s+(?<name>[^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
