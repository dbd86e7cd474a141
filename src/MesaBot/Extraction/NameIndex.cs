using System.Collections.Frozen;
using MesaBot.Records;

namespace MesaBot.Extraction;

/// <summary>A name found in a sentence: its words, and whom it names (a partner, a person, or several people: ambiguous).</summary>
internal sealed record Mention(int FirstWord, int WordCount, Person? Person, Partner? Partner)
{
    public int EndWord => FirstWord + WordCount;

    public bool IsAmbiguousPerson => Person is null && Partner is null;
}

/// <summary>
/// Finds the roster's people and the directory's partners in a sentence. A partner by any of its names or
/// acronyms, longest first ("la CChC", "el Instituto de la Construcción"; a two-letter acronym such as "IC"
/// only in capitals). A person by full name, first name and a surname, or one name alone when capitalized
/// ("don Luis", "Soto"); accents and case do not matter. A name that fits two people names nobody.
/// </summary>
internal sealed class NameIndex
{
    private static readonly FrozenSet<string> NameParticles = new[] { "de", "del", "la", "las", "los", "y", "e", "van", "von" }.ToFrozenSet();

    private readonly Dictionary<string, List<(Partner Partner, Word[] Words)>> _partnersByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Person Person, string[] All, string[] Parts)>> _peopleByWord = new(StringComparer.Ordinal);

    public NameIndex(IReadOnlyList<Person> roster, PartnerDirectory partners)
    {
        foreach (var partner in partners.Partners)
        {
            foreach (var name in partner.AllNames)
            {
                var words = new FoldedText(name).Words.ToArray();
                if (words.Length > 0)
                {
                    Add(_partnersByFirst, words[0].Folded, (partner, words));
                }
            }
        }

        foreach (var person in roster.DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase))
        {
            // "Pedro Invitado (CChC)": what Teams adds in brackets is not part of the name.
            var bare = person.Name.Split('(')[0];
            var all = new FoldedText(bare).Words.Select(w => w.Folded).ToArray();
            var parts = all.Where(w => !NameParticles.Contains(w) && w.Length > 1).ToArray();
            foreach (var part in parts.Distinct(StringComparer.Ordinal))
            {
                Add(_peopleByWord, part, (person, all, parts));
            }
        }
    }

    /// <summary>The names in words [from, to) of <paramref name="text"/>, left to right, partners winning over people.</summary>
    public List<Mention> Find(FoldedText text, int from, int to)
    {
        var mentions = new List<Mention>();
        var words = text.Words;
        for (var i = from; i < to;)
        {
            var found = PartnerAt(words, i, to) ?? PersonAt(words, i, to);
            if (found is null)
            {
                i++;
                continue;
            }

            mentions.Add(found);
            i = found.EndWord;
        }

        return mentions;
    }

    private Mention? PartnerAt(IReadOnlyList<Word> words, int i, int to)
    {
        if (!_partnersByFirst.TryGetValue(words[i].Folded, out var candidates))
        {
            return null;
        }

        foreach (var (partner, name) in candidates.OrderByDescending(c => c.Words.Length))
        {
            if (i + name.Length > to)
            {
                continue;
            }

            var fits = true;
            for (var k = 0; k < name.Length && fits; k++)
            {
                fits = words[i + k].Folded == name[k].Folded;
            }

            // "IC", "UC": a short acronym counts only as written, or "uc" in any word would be a partner.
            if (fits && name.Length == 1 && name[0].Original.Length <= 3 && name[0].Original.Any(char.IsUpper)
                && !string.Equals(words[i].Original, name[0].Original, StringComparison.Ordinal))
            {
                fits = false;
            }

            if (fits)
            {
                return new Mention(i, name.Length, null, partner);
            }
        }

        return null;
    }

    private Mention? PersonAt(IReadOnlyList<Word> words, int i, int to)
    {
        if (!_peopleByWord.TryGetValue(words[i].Folded, out var candidates))
        {
            return null;
        }

        var best = 0;
        var span = 0;
        var people = new List<Person>();
        foreach (var (person, all, parts) in candidates)
        {
            var (level, length) = Level(words, i, to, all, parts);
            if (level == 0 || level < best)
            {
                continue;
            }

            if (level > best)
            {
                best = level;
                span = length;
                people.Clear();
            }

            span = Math.Max(span, length);
            if (!people.Contains(person))
            {
                people.Add(person);
            }
        }

        return best == 0 ? null : new Mention(i, span, people.Count == 1 ? people[0] : null, null);
    }

    // 3: the whole name; 2: the first name and a surname; 1: one of its names alone, written with a capital.
    private static (int Level, int Length) Level(IReadOnlyList<Word> words, int i, int to, string[] all, string[] parts)
    {
        if (i + all.Length <= to && all.Select((w, k) => words[i + k].Folded == w).All(x => x))
        {
            return (3, all.Length);
        }

        if (parts.Length > 1 && words[i].Folded == parts[0] && i + 1 < to && parts.Skip(1).Contains(words[i + 1].Folded))
        {
            return (2, 2);
        }

        return words[i].IsCapitalized && words[i].Length >= 3 ? (1, 1) : (0, 0);
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
