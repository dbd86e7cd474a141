using System.Text.Json.Nodes;

namespace MesaBot.Cards;

/// <summary>Action.OpenUrl: opens a link (a delivered document) in the browser or Teams, with no round trip to the bot.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = Title,
        ["url"] = Url.AbsoluteUri,
    };
}
