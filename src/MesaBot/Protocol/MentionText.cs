using System.Text.Json;
using System.Text.RegularExpressions;

namespace MesaBot.Protocol;

/// <summary>Removes the bot's own @mention from a message, so "&lt;at&gt;MesaBot&lt;/at&gt; ayuda" routes as "ayuda".</summary>
public static partial class MentionText
{
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var recipientId = activity.Recipient?.Id;
        if (recipientId is null || activity.Entities is null)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (IsMentionOf(entity, recipientId) && entity.Text("text") is { Length: > 0 } atText)
            {
                text = text.Replace(atText, string.Empty, StringComparison.Ordinal);
            }
        }

        return CollapseWhitespace(text);
    }

    private static bool IsMentionOf(JsonElement entity, string id) =>
        entity.Text("type") == "mention" && entity.Object("mentioned")?.Text("id") == id;

    // Teams pads the mention with &nbsp; and spaces. Fold runs of spaces, but keep line breaks: an
    // agreement may be written over several lines.
    private static string CollapseWhitespace(string text) =>
        HorizontalSpace().Replace(text.Replace("&nbsp;", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[^\S\r\n]+")]
    private static partial Regex HorizontalSpace();
}
