using System.Text.Json.Nodes;

namespace MesaBot.Cards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public bool Separator { get; init; }
    public Spacing Spacing { get; init; }

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "ColumnSet", ["columns"] = CardJson.Array(Columns, c => c.ToJson()) };
        if (Separator) json["separator"] = true;
        CardJson.WriteSpacing(json, Spacing);
        return json;
    }
}

/// <summary>A column: <see cref="Width"/> is "auto", "stretch", a weight ("2") or pixels ("60px").</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Width { get; init; } = "stretch";

    /// <summary>top, center or bottom.</summary>
    public string? VerticalContentAlignment { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Column",
            ["width"] = Width,
            ["items"] = CardJson.Array(Items, i => i.ToJson()),
        };
        if (VerticalContentAlignment is not null) json["verticalContentAlignment"] = VerticalContentAlignment;
        return json;
    }
}

/// <summary>Buttons inside the body (a card's own actions always sit at its bottom).</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = CardJson.Array(Actions, a => a.ToJson()),
    };
}

/// <summary>A paragraph of runs with their own weight and colour: "Ana · 15/12 · <red>vencida hace 4 días</red>".</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public Spacing Spacing { get; init; }

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = CardJson.Array(Inlines, r => r.ToJson()) };
        CardJson.WriteSpacing(json, Spacing);
        return json;
    }
}

public sealed record TextRun(string Text)
{
    public TextSize Size { get; init; }
    public TextWeight Weight { get; init; }
    public TextColor Color { get; init; }
    public bool IsSubtle { get; init; }

    /// <summary>Struck through: what no longer stands but stays on the record (an annulled acuerdo).</summary>
    public bool Strikethrough { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TextRun", ["text"] = Text };
        if (Strikethrough) json["strikethrough"] = true;
        if (Size != TextSize.Default) json["size"] = Size.ToString().ToLowerInvariant();
        if (Weight != TextWeight.Default) json["weight"] = Weight.ToString().ToLowerInvariant();
        if (Color != TextColor.Default) json["color"] = Color.ToString().ToLowerInvariant();
        if (IsSubtle) json["isSubtle"] = true;
        return json;
    }
}
