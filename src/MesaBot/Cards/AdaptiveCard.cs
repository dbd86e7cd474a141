using System.Text.Json.Nodes;
using MesaBot.Protocol;

namespace MesaBot.Cards;

/// <summary>
/// An Adaptive Card at schema 1.5, the version Teams renders. Built from our own small typed elements
/// and written as plain JSON: the AdaptiveCards NuGet package is not available to us.
/// </summary>
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

    public JsonObject ToJson()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["body"] = new JsonArray([.. Body.Select(e => (JsonNode)e.ToJson())]),
        };
        if (Actions.Count > 0)
        {
            card["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode)a.ToJson())]);
        }

        if (Refresh is { } refresh)
        {
            card["refresh"] = refresh.ToJson();
        }

        return card;
    }

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = ToJson() };

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

    public JsonObject ToJson() => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = Verb,
            ["data"] = new JsonObject([.. Data.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))]),
        },
        ["userIds"] = new JsonArray([.. UserIds.Distinct(StringComparer.Ordinal).Take(MaxUsers).Select(id => (JsonNode)id)]),
    };
}
