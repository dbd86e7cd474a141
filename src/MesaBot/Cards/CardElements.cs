using System.Text.Json.Nodes;

namespace MesaBot.Cards;

public abstract record CardElement
{
    public abstract JsonObject ToJson();
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

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TextBlock", ["text"] = Text, ["wrap"] = true };
        if (Size != TextSize.Default) json["size"] = Size.ToString().ToLowerInvariant();
        if (Weight != TextWeight.Default) json["weight"] = Weight.ToString().ToLowerInvariant();
        if (Color != TextColor.Default) json["color"] = Color.ToString().ToLowerInvariant();
        if (IsSubtle) json["isSubtle"] = true;
        if (Separator) json["separator"] = true;
        CardJson.WriteSpacing(json, Spacing);
        return json;
    }
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
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

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray([.. Items.Select(i => (JsonNode)i.ToJson())]),
        };
        if (Style is not null) json["style"] = Style;
        if (Separator) json["separator"] = true;
        CardJson.WriteSpacing(json, Spacing);
        if (SelectAction is not null) json["selectAction"] = SelectAction.ToJson();
        return json;
    }
}
