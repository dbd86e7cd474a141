using System.Net;
using System.Text.RegularExpressions;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The plain text of a Teams message body (HTML): line breaks kept, tags and mentions' markup dropped,
/// entities decoded. Used to prefill the "Registrar en MesaBot" form with what was said.
/// </summary>
public static partial class HtmlText
{
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var text = LineBreak().Replace(html, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return ManyBlankLines().Replace(HorizontalSpace().Replace(text, " "), "\n\n").Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex HorizontalSpace();

    [GeneratedRegex(@"\s*\n\s*\n\s*")]
    private static partial Regex ManyBlankLines();
}
