using System.Text.Json;
using System.Text.RegularExpressions;
using MesaBot.Protocol;

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

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex AtTag();
}

public sealed record Mention(string TeamsId, string Name, string Text);
