using System.Text.Json.Nodes;

namespace MesaBot.Cards;

public abstract record CardAction
{
    public abstract JsonObject ToJson();
}

/// <summary>
/// Action.Execute (answered in place through the adaptiveCard/action invoke), with the Action.Submit
/// fallback Teams asks for, carrying the same verb so older clients still reach the same handler.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    public override JsonObject ToJson() => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = Title,
        ["verb"] = Verb,
        ["data"] = DataJson(),
        ["fallback"] = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = Title,
            ["data"] = WithVerb(DataJson()),
        },
    };

    private JsonObject DataJson() => new([.. Data.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]);

    private JsonObject WithVerb(JsonObject data)
    {
        data["verb"] = Verb;
        return data;
    }
}
