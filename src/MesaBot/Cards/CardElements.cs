using System.Text.Json;
using System.Text.Json.Nodes;

namespace MesaBot.Cards;

public abstract record CardElement
{
    /// <summary>Writes the element as one JSON object.</summary>
    public abstract void WriteTo(Utf8JsonWriter json);

    /// <summary>The element as a JSON tree, for tests and tools; the bot writes cards straight to the wire.</summary>
    public JsonObject ToJson() => CardJson.ToNode(WriteTo);
}

public enum TextSize { Default, Small, Medium, Large }

public enum TextWeight { Default, Lighter, Bolder }

/// <summary>
/// The host's colours: attention is Teams' red, good its green. In every Teams theme only Default,
/// Accent and subtle text reach 4.5:1 contrast (good and warning fail on light, attention and dark on
/// dark; tools/cardcheck measures every card): give the others a background of their style instead.
/// </summary>
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

public sealed record TextBlock(string Text) : CardElement
{
    public TextSize Size { get; init; }
    public TextWeight Weight { get; init; }
    public TextColor Color { get; init; }
    public bool IsSubtle { get; init; }
    public bool Separator { get; init; }
    public Spacing Spacing { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "TextBlock"u8);
        json.WriteString("text"u8, Text);
        json.WriteBoolean("wrap"u8, true);
        TextStyle.Write(json, Size, Weight, Color, IsSubtle);
        CardJson.Flag(json, "separator"u8, Separator);
        CardJson.Spacing(json, Spacing);
        json.WriteEndObject();
    }
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "FactSet"u8);
        CardJson.Array(json, "facts"u8, Facts, static (fact, json) =>
        {
            json.WriteStartObject();
            json.WriteString("title"u8, fact.Title);
            json.WriteString("value"u8, fact.Value);
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }
}

public sealed record Fact(string Title, string Value);

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>default, emphasis, good, attention, warning or accent.</summary>
    public string? Style { get; init; }
    public bool Separator { get; init; }
    public Spacing Spacing { get; init; }

    /// <summary>What a tap anywhere on the container does (Action.Execute, never ShowCard).</summary>
    public CardAction? SelectAction { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Container"u8);
        CardJson.Array(json, "items"u8, Items, static (item, json) => item.WriteTo(json));
        CardJson.Optional(json, "style"u8, Style);
        CardJson.Flag(json, "separator"u8, Separator);
        CardJson.Spacing(json, Spacing);
        if (SelectAction is not null)
        {
            json.WritePropertyName("selectAction"u8);
            SelectAction.WriteTo(json);
        }

        json.WriteEndObject();
    }
}

/// <summary>The look a TextBlock and a TextRun share, each property left out when it is the default.</summary>
internal static class TextStyle
{
    public static void Write(Utf8JsonWriter json, TextSize size, TextWeight weight, TextColor color, bool isSubtle)
    {
        if (size != TextSize.Default) json.WriteString("size"u8, CardJson.Name(size));
        if (weight != TextWeight.Default) json.WriteString("weight"u8, CardJson.Name(weight));
        if (color != TextColor.Default) json.WriteString("color"u8, CardJson.Name(color));
        CardJson.Flag(json, "isSubtle"u8, isSubtle);
    }
}
