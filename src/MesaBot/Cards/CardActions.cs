using System.Text.Json.Nodes;

namespace MesaBot.Cards;

public abstract record CardAction
{
    public abstract JsonObject ToJson();
}

/// <summary>How a button looks: positive is the host's primary colour, destructive its red.</summary>
public enum ActionStyle { Default, Positive, Destructive }

/// <summary>
/// Action.Execute (answered in place through the adaptiveCard/action invoke), with the Action.Submit
/// fallback Teams asks for, carrying the same verb so older clients still reach the same handler.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
    public ActionStyle Style { get; init; }

    /// <summary>
    /// False sends no input values and skips their validation: a "+7 días" button beside a required
    /// date must work with the date left empty.
    /// </summary>
    public bool SendsInputs { get; init; } = true;

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = Title,
            ["verb"] = Verb,
            ["data"] = DataJson(),
            ["fallback"] = Decorate(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = Title,
                ["data"] = WithVerb(DataJson()),
            }),
        };
        return Decorate(json);
    }

    private JsonObject Decorate(JsonObject json)
    {
        if (Style != ActionStyle.Default) json["style"] = Style.ToString().ToLowerInvariant();
        if (!SendsInputs) json["associatedInputs"] = "none";
        return json;
    }

    private JsonObject DataJson() => new([.. Data.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]);

    private JsonObject WithVerb(JsonObject data)
    {
        data["verb"] = Verb;
        return data;
    }
}

/// <summary>Action.ShowCard: unfolds <see cref="Card"/> (a small form) under the buttons, with no round trip.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = Title,
        ["card"] = Card.ToJson(),
    };
}

/// <summary>
/// Action.Submit: what a task module's form (e.g. the message action's dialog) submits with; Teams
/// delivers its data, inputs included, as composeExtension/submitAction.
/// </summary>
public sealed record SubmitAction(string Title) : CardAction
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    public override JsonObject ToJson() => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = Title,
        ["data"] = new JsonObject([.. Data.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]),
    };
}
