using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MesaBot.Extraction;

/// <summary>What minutes are headed with: "Acuerdos:" makes its bullets acuerdos even without a cue phrase.</summary>
internal enum Section
{
    None,
    Agreements,
    Tasks,
    Commitments,
    Other,
}

/// <summary>A sentence of the prose: its span in the passage, its text with lines joined, and the heading it sits under.</summary>
internal sealed record Sentence(int Start, int Length, string Text, Section Section);

/// <summary>
/// Cuts minutes into sentences the way secretaries write them: one per line, bullet or numbered point
/// ("-", "•", "1.", "2)", "a)"), several per line at ". ", "? " or "! " before a capital, but not after
/// "Sr.", "Sra.", "Dr.", "N°" and other abbreviations or an initial ("J. Pérez"). A line that continues
/// the one before (no final period, lower-case start) is joined to it, and "Responsable: …" or
/// "Plazo: …" belongs to the sentence before it.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "sr", "sra", "srta", "sres", "sras", "srs", "dr", "dra", "drs", "ing", "arq", "lic", "prof", "profa", "abog", "av", "avda",
        "n", "nro", "num", "art", "arts", "pag", "pags", "aprox", "etc", "ej", "min", "subs", "depto", "dpto", "of", "ord", "res",
        "exp", "cia", "ltda", "univ", "inst", "gral", "tel", "cel", "hrs", "hr", "vol", "cap", "inc", "sto", "sta", "mr", "mrs", "ms",
        "vs", "jef", "coord", "dir", "sec", "ud", "uds", "vd", "ppt", "obs", "cf", "aux", "adm", "p", "pp", "s", "u",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var section = Section.None;
        var afterBlank = false;
        var open = (List<(int Start, int End)>?)null; // the sentence still growing, as parts of lines
        var openSection = Section.None;
        var lastLineEnded = true;

        foreach (var (lineStart, lineEnd) in Lines(text))
        {
            var line = text[lineStart..lineEnd];
            if (line.Trim().Length == 0)
            {
                Close();
                afterBlank = true;
                lastLineEnded = true;
                continue;
            }

            var bullet = Bullet().Match(line);
            var contentStart = lineStart + (bullet.Success ? bullet.Length : line.Length - line.TrimStart().Length);
            var content = text[contentStart..lineEnd].TrimEnd();
            if (Heading(content) is { } heading)
            {
                Close();
                section = heading;
                afterBlank = false;
                lastLineEnded = true;
                continue;
            }

            // A paragraph after a blank line leaves the heading's list; bullets stay in it.
            if (afterBlank && !bullet.Success)
            {
                section = Section.None;
            }

            afterBlank = false;
            var continues = !bullet.Success && !lastLineEnded && content.Length > 0 && char.IsLower(content[0]) && open is not null;
            var pieces = Pieces(text, contentStart, contentStart + content.Length);
            for (var p = 0; p < pieces.Count; p++)
            {
                var piece = pieces[p];
                var joins = (p == 0 && continues) || (open is not null && Attaches(text[piece.Start..piece.End]));
                if (!joins)
                {
                    Close();
                    open = [];
                    openSection = section;
                }

                open!.Add(piece);
            }

            lastLineEnded = content.Length == 0 || ".!?:;".Contains(content[^1], StringComparison.Ordinal);
        }

        Close();
        return sentences;

        void Close()
        {
            if (open is { Count: > 0 })
            {
                var start = open[0].Start;
                var end = open[^1].End;
                var joined = Spaces().Replace(string.Join(' ', open.Select(o => text[o.Start..o.End])), " ").Trim();
                if (joined.Length > 0)
                {
                    sentences.Add(new Sentence(start, end - start, joined, openSection));
                }
            }

            open = null;
        }
    }

    /// <summary>A line's sentences: cut after ".", "?", "!" or "…" followed by a space and a capital, an opening "¿", "¡" or a digit.</summary>
    private static List<(int Start, int End)> Pieces(string text, int start, int end)
    {
        var pieces = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!' or '…') || i + 1 >= end || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !(char.IsUpper(text[next]) || text[next] is '¿' or '¡' or '"' or '“' || char.IsDigit(text[next])))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, from, i))
            {
                continue;
            }

            pieces.Add((from, i + 1));
            from = next;
            i = next - 1;
        }

        if (from < end)
        {
            pieces.Add((from, end));
        }

        return pieces;
    }

    // "Sr." "N°." "J." (an initial): the period closes the word, not the sentence.
    private static bool IsAbbreviation(string text, int from, int period)
    {
        var wordStart = period;
        while (wordStart > from && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = FoldedText.Fold(text[wordStart..period]);
        return word.Length == 0
            ? period > from && text[period - 1] is '°' or 'º'
            : Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(text[wordStart]));
    }

    // "Responsable: Ana Pérez." or "Plazo: 15/12." on its own: a long line that starts so is a record of its own.
    private static bool Attaches(string piece) => Attached().IsMatch(FoldedText.Fold(piece)) && new FoldedText(piece).Words.Count <= 7;

    private static Section? Heading(string content)
    {
        var match = HeadingLine().Match(FoldedText.Fold(content));
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["h"].Value switch
        {
            var h when h.StartsWith("acuerdo", StringComparison.Ordinal) => Section.Agreements,
            var h when h.StartsWith("compromiso", StringComparison.Ordinal) => Section.Commitments,
            var h when h.StartsWith("tarea", StringComparison.Ordinal) || h.StartsWith("proximos pasos", StringComparison.Ordinal)
                || h.StartsWith("acciones", StringComparison.Ordinal) || h.StartsWith("encargos", StringComparison.Ordinal)
                || h.StartsWith("pendientes", StringComparison.Ordinal) => Section.Tasks,
            _ => Section.Other,
        };
    }

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                yield return (start, i);
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:[-–—•*·▪●◦►>]+|\d{1,3}\s?[.)](?:-)?|\d{1,3}\.\d{1,2}\.?|[a-z]\)|\(\w{1,3}\)|[ivx]{1,4}[.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:[0-9ivx]{1,4}[.)]\s*)?(?<h>acuerdos?|compromisos?|tareas?|proximos pasos|acciones|encargos|pendientes|temas? tratados?|desarrollo|varios|asistentes|participantes|tabla|puntos? de tabla|antecedentes|resumen|objetivos?|puntos varios|otros temas)(?:\s+(?:y|e)\s+(?:compromisos|tareas|responsables|acuerdos|acciones))?(?:\s+(?:adoptados|alcanzados|de la sesion|de la reunion|pendientes|asumidos|y responsables|de la jornada))*\s*:?\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*(?:[-–—•*]\s*)?(?:\(?\s*)(?:responsables?|encargad[oa]s?|a cargo(?: de)?|plazo|fecha(?: limite| de entrega| comprometida)?|vence|vencimiento)\s*[:\-]")]
    private static partial Regex Attached();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
