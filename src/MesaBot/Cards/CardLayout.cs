using System.Text.Json;

namespace MesaBot.Cards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public bool Separator { get; init; }
    public Spacing Spacing { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "ColumnSet"u8);
        CardJson.Array(json, "columns"u8, Columns, static (column, json) => column.WriteTo(json));
        CardJson.Flag(json, "separator"u8, Separator);
        CardJson.Spacing(json, Spacing);
        json.WriteEndObject();
    }
}

/// <summary>A column: <see cref="Width"/> is "auto", "stretch", a weight ("2") or pixels ("60px").</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Width { get; init; } = "stretch";

    /// <summary>top, center or bottom.</summary>
    public string? VerticalContentAlignment { get; init; }

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Column"u8);
        json.WriteString("width"u8, Width);
        CardJson.Array(json, "items"u8, Items, static (item, json) => item.WriteTo(json));
        CardJson.Optional(json, "verticalContentAlignment"u8, VerticalContentAlignment);
        json.WriteEndObject();
    }
}

/// <summary>Buttons inside the body (a card's own actions always sit at its bottom).</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "ActionSet"u8);
        CardJson.Array(json, "actions"u8, Actions, static (action, json) => action.WriteTo(json));
        json.WriteEndObject();
    }
}

/// <summary>A paragraph of runs with their own weight and colour: "Ana · 15/12 · <red>vencida hace 4 días</red>".</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public Spacing Spacing { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "RichTextBlock"u8);
        CardJson.Array(json, "inlines"u8, Inlines, static (run, json) => run.WriteTo(json));
        CardJson.Spacing(json, Spacing);
        json.WriteEndObject();
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

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "TextRun"u8);
        json.WriteString("text"u8, Text);
        CardJson.Flag(json, "strikethrough"u8, Strikethrough);
        TextStyle.Write(json, Size, Weight, Color, IsSubtle);
        json.WriteEndObject();
    }
}
