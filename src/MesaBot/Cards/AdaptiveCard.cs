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

        return card;
    }

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = ToJson() };

    /// <summary>A message activity carrying just this card.</summary>
    public Activity ToActivity() => new() { Type = ActivityTypes.Message, Attachments = [ToAttachment()] };
}
