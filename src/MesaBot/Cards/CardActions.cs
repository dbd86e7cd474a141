using System.Text.Json;
using System.Text.Json.Nodes;

namespace MesaBot.Cards;

public abstract record CardAction
{
    /// <summary>Writes the action as one JSON object.</summary>
    public abstract void WriteTo(Utf8JsonWriter json);

    /// <summary>The action as a JSON tree, for tests and tools; the bot writes cards straight to the wire.</summary>
    public JsonObject ToJson() => CardJson.ToNode(WriteTo);
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

    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.Execute"u8);
        json.WriteString("title"u8, Title);
        json.WriteString("verb"u8, Verb);
        CardJson.Data(json, Data);
        json.WriteStartObject("fallback"u8);
        json.WriteString("type"u8, "Action.Submit"u8);
        json.WriteString("title"u8, Title);
        CardJson.Data(json, Data, verb: Verb);
        WriteLook(json);
        json.WriteEndObject();

        WriteLook(json);
        json.WriteEndObject();
    }

    private void WriteLook(Utf8JsonWriter json)
    {
        if (Style != ActionStyle.Default) json.WriteString("style"u8, CardJson.Name(Style));
        if (!SendsInputs) json.WriteString("associatedInputs"u8, "none"u8);
    }
}

/// <summary>Action.ShowCard: unfolds <see cref="Card"/> (a small form) under the buttons, with no round trip.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction
{
    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.ShowCard"u8);
        json.WriteString("title"u8, Title);
        json.WritePropertyName("card"u8);
        Card.WriteTo(json);
        json.WriteEndObject();
    }
}

/// <summary>
/// Action.Submit: what a task module's form (e.g. the message action's dialog) submits with; Teams
/// delivers its data, inputs included, as composeExtension/submitAction.
/// </summary>
public sealed record SubmitAction(string Title) : CardAction
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.Submit"u8);
        json.WriteString("title"u8, Title);
        CardJson.Data(json, Data);
        json.WriteEndObject();
    }
}
