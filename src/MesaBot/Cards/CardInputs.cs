using System.Globalization;
using System.Text.Json;

namespace MesaBot.Cards;

/// <summary>
/// The inputs' shared properties. Every input has a visible label: Teams reads it to screen readers and
/// shows <see cref="ErrorMessage"/> under it when <see cref="IsRequired"/> stops a submit.
/// </summary>
public abstract record CardInput(string Id, string Label) : CardElement
{
    public bool IsRequired { get; init; }
    public string? ErrorMessage { get; init; }

    /// <summary>Opens the input's object with the properties every input has; <paramref name="labelled"/> false leaves the label out.</summary>
    protected void WriteStart(Utf8JsonWriter json, ReadOnlySpan<byte> type, bool labelled = true)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, type);
        json.WriteString("id"u8, Id);
        if (labelled) json.WriteString("label"u8, Label);
        CardJson.Flag(json, "isRequired"u8, IsRequired);
        CardJson.Optional(json, "errorMessage"u8, ErrorMessage);
    }
}

public sealed record TextInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool IsMultiline { get; init; }
    public int? MaxLength { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        WriteStart(json, "Input.Text"u8);
        CardJson.Optional(json, "value"u8, Value);
        CardJson.Optional(json, "placeholder"u8, Placeholder);
        CardJson.Flag(json, "isMultiline"u8, IsMultiline);
        if (MaxLength is { } max) json.WriteNumber("maxLength"u8, max);
        json.WriteEndObject();
    }
}

/// <summary>Input.Date: Teams sends the chosen day as yyyy-MM-dd.</summary>
public sealed record DateInput(string Id, string Label) : CardInput(Id, Label)
{
    public DateOnly? Value { get; init; }
    public DateOnly? Min { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        WriteStart(json, "Input.Date"u8);
        if (Value is { } value) json.WriteString("value"u8, Iso(value));
        if (Min is { } min) json.WriteString("min"u8, Iso(min));
        json.WriteEndObject();
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

    public override void WriteTo(Utf8JsonWriter json)
    {
        WriteStart(json, "Input.ChoiceSet"u8);
        json.WriteString("style"u8, Style);
        CardJson.Flag(json, "isMultiSelect"u8, IsMultiSelect);
        CardJson.Array(json, "choices"u8, Choices, static (choice, json) =>
        {
            json.WriteStartObject();
            json.WriteString("title"u8, choice.Title);
            json.WriteString("value"u8, choice.Value);
            json.WriteEndObject();
        });
        CardJson.Optional(json, "value"u8, Value);
        CardJson.Optional(json, "placeholder"u8, Placeholder);
        json.WriteEndObject();
    }
}

public sealed record Choice(string Title, string Value);
