using System.Text;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// How a mesa named in chat ("resiliencia", "Economía Circular", "RES", "comité") is matched to an
/// existing one, and how a new one gets its id and code.
/// </summary>
public static class MesaNames
{
    private static readonly HashSet<string> Filler = ["de", "del", "la", "las", "el", "los", "y", "para", "en", "mesa"];

    /// <summary>Mesas whose code, id or name matches what the user typed; several means "be more specific".</summary>
    public static IReadOnlyList<Mesa> Match(IEnumerable<Mesa> mesas, string typed)
    {
        var folded = Fold(typed);
        var candidates = mesas.Where(m => !m.Archived).ToList();
        var exact = candidates.Where(m => m.Code.Equals(typed.Trim(), StringComparison.OrdinalIgnoreCase)
            || m.Id == Slug(typed) || Fold(m.Name) == folded).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        if (IsCommittee(typed))
        {
            return candidates.Where(m => m.Kind == MesaKind.Comite).ToList();
        }

        // "productividad" finds "Productividad para la Infraestructura Sostenible".
        var words = Words(folded);
        return words.Count == 0 ? [] : candidates.Where(m => words.All(w => Words(Fold(m.Name)).Contains(w))).ToList();
    }

    public static bool IsCommittee(string typed) => Fold(typed).StartsWith("comite", StringComparison.Ordinal);

    /// <summary>"Economía Circular" → "economia-circular".</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(name))
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= 40 ? slug : slug[..40].TrimEnd('-');
    }

    /// <summary>Code candidates, best first: "Economía Circular" → ECI, EC, ECO…; "Resiliencia" → RES.</summary>
    public static IEnumerable<string> CodeCandidates(string name)
    {
        var words = Words(Fold(name)).Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant())
            .Where(w => w.Length > 0).ToList();
        if (words.Count == 0)
        {
            yield return "MESA";
            yield break;
        }

        if (words.Count == 1)
        {
            yield return words[0][..Math.Min(3, words[0].Length)].PadRight(2, 'X');
        }
        else
        {
            yield return (words[0][..1] + words[1][..Math.Min(2, words[1].Length)]).PadRight(2, 'X');
            yield return string.Concat(words.Take(3).Select(w => w[0])).PadRight(2, 'X');
        }

        var first = words[0];
        for (var n = 2; n <= 9; n++)
        {
            yield return first[..Math.Min(3, first.Length)].PadRight(2, 'X') + n;
        }
    }

    private static string Fold(string text) => CommandWords.Fold(text.Trim());

    private static List<string> Words(string folded) =>
        [.. folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w))];
}
