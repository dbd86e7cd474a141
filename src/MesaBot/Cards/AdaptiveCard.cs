using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MesaBot.Protocol;

namespace MesaBot.Cards;

/// <summary>
/// An Adaptive Card at schema 1.5, the version Teams renders. Built from our own small typed elements
/// and written as plain JSON: the AdaptiveCards NuGet package is not available to us.
/// </summary>
[JsonConverter(typeof(AdaptiveCardJsonConverter))]
public sealed class AdaptiveCard
{
    public const string SchemaVersion = "1.5";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public List<CardElement> Body { get; } = [];
    public List<CardAction> Actions { get; } = [];

    /// <summary>Universal Actions: Teams asks for the current card whenever one of these users views it.</summary>
    public CardRefresh? Refresh { get; set; }

    public AdaptiveCard Add(CardElement element)
    {
        Body.Add(element);
        return this;
    }

    public AdaptiveCard Add(CardAction action)
    {
        Actions.Add(action);
        return this;
    }

    /// <summary>Writes the card as the schema's JSON object: how every card reaches the wire (see <see cref="AdaptiveCardJsonConverter"/>).</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "AdaptiveCard"u8);
        json.WriteString("$schema"u8, "http://adaptivecards.io/schemas/adaptive-card.json"u8);
        json.WriteString("version"u8, SchemaVersion);
        CardJson.Array(json, "body"u8, Body, static (element, json) => element.WriteTo(json));
        if (Actions.Count > 0)
        {
            CardJson.Array(json, "actions"u8, Actions, static (action, json) => action.WriteTo(json));
        }

        if (Refresh is { } refresh)
        {
            json.WritePropertyName("refresh"u8);
            refresh.WriteTo(json);
        }

        json.WriteEndObject();
    }

    /// <summary>The card as a JSON tree, for tests and tools that inspect it.</summary>
    public JsonObject ToJson() => CardJson.ToNode(WriteTo);

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = this };

    /// <summary>A message activity carrying just this card.</summary>
    public Activity ToActivity() => new() { Type = ActivityTypes.Message, Attachments = [ToAttachment()] };
}

/// <summary>
/// The card's <c>refresh</c>: an Action.Execute Teams sends (trigger "automatic") when one of
/// <see cref="UserIds"/> views the card. Teams takes at most 60 ids; more are dropped here.
/// </summary>
public sealed record CardRefresh(string Verb, IReadOnlyDictionary<string, string> Data, IReadOnlyList<string> UserIds)
{
    public const int MaxUsers = 60;

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartObject("action"u8);
        json.WriteString("type"u8, "Action.Execute"u8);
        json.WriteString("verb"u8, Verb);
        CardJson.Data(json, Data);
        json.WriteEndObject();
        json.WriteStartArray("userIds"u8);
        foreach (var id in UserIds.Distinct(StringComparer.Ordinal).Take(MaxUsers)) json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
