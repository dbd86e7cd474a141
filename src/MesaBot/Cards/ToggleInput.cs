using System.Text.Json.Nodes;

namespace MesaBot.Cards;

/// <summary>Input.Toggle: a check box whose title says what it selects; Teams sends "true" or "false".</summary>
public sealed record ToggleInput(string Id, string Title) : CardInput(Id, Title)
{
    public bool IsOn { get; init; }

    public override JsonObject ToJson()
    {
        var json = Start("Input.Toggle");
        json.Remove("label"); // the title is the label: shown once, read once by screen readers
        json["title"] = Title;
        json["value"] = IsOn ? "true" : "false";
        json["valueOn"] = "true";
        json["valueOff"] = "false";
        json["wrap"] = true;
        return json;
    }
}
