using System.Text.Json;

namespace MesaBot.Cards;

/// <summary>Action.OpenUrl: opens a web address (a document's download link or its file in the channel) in the browser or Teams.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction
{
    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.OpenUrl"u8);
        json.WriteString("title"u8, Title);
        json.WriteString("url"u8, Url.AbsoluteUri);
        json.WriteEndObject();
    }
}
