using System.Text.Json;

namespace MesaBot.Cards;

/// <summary>Input.Toggle: a check box whose title says what it selects; Teams sends "true" or "false".</summary>
public sealed record ToggleInput(string Id, string Title) : CardInput(Id, Title)
{
    public bool IsOn { get; init; }

    public override void WriteTo(Utf8JsonWriter json)
    {
        WriteStart(json, "Input.Toggle"u8, labelled: false); // the title is the label: shown once, read once by screen readers
        json.WriteString("title"u8, Title);
        json.WriteString("value"u8, IsOn ? "true"u8 : "false"u8);
        json.WriteString("valueOn"u8, "true"u8);
        json.WriteString("valueOff"u8, "false"u8);
        json.WriteBoolean("wrap"u8, true);
        json.WriteEndObject();
    }
}
