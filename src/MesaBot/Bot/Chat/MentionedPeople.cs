using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MesaBot.Protocol;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>The people a message @mentions (the bot itself excluded), in the order they appear.</summary>
public static partial class MentionedPeople
{
    public static IReadOnlyList<Mention> Of(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var mentions = new List<Mention>();
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Text("type") == "mention"
                && entity.Object("mentioned") is { } mentioned
                && mentioned.Text("id") is { Length: > 0 } id
                && id != botId)
            {
                var name = mentioned.Text("name") ?? id;
                var text = entity.Text("text") ?? $"<at>{name}</at>";
                if (mentions.All(m => m.TeamsId != id))
                {
                    mentions.Add(new Mention(id, name, text));
                }
            }
        }

        return mentions;
    }

    /// <summary>The text without any &lt;at&gt;…&lt;/at&gt; tags (mentions are read from the entities).</summary>
    public static string WithoutMentionTags(string text) => AtTag().Replace(text, " ").Trim();

    /// <summary>
    /// The first of <paramref name="people"/> whose full name the text writes without @ ("con Jorge Contreras"),
    /// ignoring case and accents, as whole words; null when none. Only offered as the owner, never assumed.
    /// </summary>
    public static Person? NamedIn(string text, IReadOnlyList<Person> people)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        const CompareOptions loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return people
            .Where(p => p.Name.Trim().Contains(' ', StringComparison.Ordinal))
            .Select(p => (Person: p, At: WholeWordsAt(compare, text, p.Name.Trim(), loose)))
            .Where(found => found.At >= 0)
            .OrderBy(found => found.At)
            .Select(found => found.Person)
            .FirstOrDefault();
    }

    private static int WholeWordsAt(CompareInfo compare, string text, string name, CompareOptions options)
    {
        for (var start = 0; start < text.Length;)
        {
            var found = compare.IndexOf(text.AsSpan(start), name, options, out var length);
            if (found < 0)
            {
                return -1;
            }

            var at = start + found;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]);
            if (before && after)
            {
                return at;
            }

            start = at + Math.Max(1, length);
        }

        return -1;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex AtTag();
}

public sealed record Mention(string TeamsId, string Name, string Text);
