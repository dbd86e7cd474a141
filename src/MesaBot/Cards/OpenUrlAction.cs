using System.Text.Json.Nodes;

namespace MesaBot.Cards;

/// <summary>Action.OpenUrl: opens a web address (a document's download link or its file in the channel) in the browser or Teams.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = Title,
        ["url"] = Url.AbsoluteUri,
    };
}
