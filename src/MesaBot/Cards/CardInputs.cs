using System.Globalization;
using System.Text.Json.Nodes;

namespace MesaBot.Cards;

/// <summary>
/// The inputs' shared properties. Every input has a visible label: Teams reads it to screen readers and
/// shows <see cref="ErrorMessage"/> under it when <see cref="IsRequired"/> stops a submit.
/// </summary>
public abstract record CardInput(string Id, string Label) : CardElement
{
    public bool IsRequired { get; init; }
    public string? ErrorMessage { get; init; }

    protected JsonObject Start(string type)
    {
        var json = new JsonObject { ["type"] = type, ["id"] = Id, ["label"] = Label };
        if (IsRequired) json["isRequired"] = true;
        if (ErrorMessage is not null) json["errorMessage"] = ErrorMessage;
        return json;
    }
}

public sealed record TextInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool IsMultiline { get; init; }
    public int? MaxLength { get; init; }

    public override JsonObject ToJson()
    {
        var json = Start("Input.Text");
        if (Value is not null) json["value"] = Value;
        if (Placeholder is not null) json["placeholder"] = Placeholder;
        if (IsMultiline) json["isMultiline"] = true;
        if (MaxLength is { } max) json["maxLength"] = max;
        return json;
    }
}

/// <summary>Input.Date: Teams sends the chosen day as yyyy-MM-dd.</summary>
public sealed record DateInput(string Id, string Label) : CardInput(Id, Label)
{
    public DateOnly? Value { get; init; }
    public DateOnly? Min { get; init; }

    public override JsonObject ToJson()
    {
        var json = Start("Input.Date");
        if (Value is { } value) json["value"] = Iso(value);
        if (Min is { } min) json["min"] = Iso(min);
        return json;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Input.ChoiceSet, one choice at a time; "compact" is a drop-down, which stays short with many people.</summary>
public sealed record ChoiceSetInput(string Id, string Label, IReadOnlyList<Choice> Choices) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public string Style { get; init; } = "compact";

    /// <summary>Several choices at once (with "expanded", checkboxes); the value is the chosen values joined by commas.</summary>
    public bool IsMultiSelect { get; init; }

    public override JsonObject ToJson()
    {
        var json = Start("Input.ChoiceSet");
        json["style"] = Style;
        if (IsMultiSelect) json["isMultiSelect"] = true;
        json["choices"] = CardJson.Array(Choices, c => new JsonObject { ["title"] = c.Title, ["value"] = c.Value });
        if (Value is not null) json["value"] = Value;
        if (Placeholder is not null) json["placeholder"] = Placeholder;
        return json;
    }
}

public sealed record Choice(string Title, string Value);
