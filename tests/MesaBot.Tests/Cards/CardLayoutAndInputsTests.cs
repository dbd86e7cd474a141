using System.Text.Json.Nodes;
using MesaBot.Cards;
using Xunit;

namespace MesaBot.Tests.Cards;

public sealed class CardLayoutAndInputsTests
{
    [Fact]
    public void ColumnSetToJson_Columns_WritesWidthsAndAlignment()
    {
        // Act
        var json = new ColumnSet([new Column([new TextBlock("T-3")]) { Width = "auto", VerticalContentAlignment = "center" }, new Column([new TextBlock("Texto")])]).ToJson();

        // Assert
        Assert.Equal("auto", (string?)json["columns"]![0]!["width"]);
        Assert.Equal("center", (string?)json["columns"]![0]!["verticalContentAlignment"]);
        Assert.Equal("stretch", (string?)json["columns"]![1]!["width"]);
        Assert.Equal("Column", (string?)json["columns"]![1]!["type"]);
    }

    [Fact]
    public void DateInputToJson_ValueAndMin_WritesIsoDates()
    {
        // Act
        var json = new DateInput("fecha", "Nueva fecha") { Value = new DateOnly(2025, 12, 5), Min = new DateOnly(2025, 1, 31), IsRequired = true, ErrorMessage = "Elige la fecha." }.ToJson();

        // Assert
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"Input.Date","id":"fecha","label":"Nueva fecha","isRequired":true,"errorMessage":"Elige la fecha.","value":"2025-12-05","min":"2025-01-31"}"""),
            json));
    }

    [Fact]
    public void ChoiceSetInputToJson_Choices_CompactWithTitlesAndValues()
    {
        // Act
        var json = new ChoiceSetInput("responsable", "Responsable", [new Choice("Ñusta", "id-1")]).ToJson();

        // Assert
        Assert.Equal("compact", (string?)json["style"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"title":"Ñusta","value":"id-1"}]"""), json["choices"]));
        Assert.False(json.ContainsKey("isRequired"));
    }

    [Fact]
    public void ExecuteActionToJson_NoInputsAndStyle_WritesThemOnTheFallbackToo()
    {
        // Act
        var json = new ExecuteAction("+7 días", "item.posponer") { SendsInputs = false, Style = ActionStyle.Positive }.ToJson();

        // Assert
        Assert.Equal("none", (string?)json["associatedInputs"]);
        Assert.Equal("positive", (string?)json["style"]);
        Assert.Equal("none", (string?)json["fallback"]!["associatedInputs"]);
    }

    [Fact]
    public void ShowCardActionToJson_Card_NestsAWholeCard()
    {
        // Act
        var json = new ShowCardAction("Editar", new AdaptiveCard().Add(new TextInput("texto", "Texto") { IsMultiline = true, MaxLength = 2000 })).ToJson();

        // Assert
        Assert.Equal("Action.ShowCard", (string?)json["type"]);
        Assert.Equal("AdaptiveCard", (string?)json["card"]!["type"]);
        Assert.Equal(2000, (int?)json["card"]!["body"]![0]!["maxLength"]);
    }

    [Fact]
    public void ContainerToJson_SelectActionAndSpacing_WritesBoth()
    {
        // Act
        var json = new Container([new TextBlock("T-3")]) { SelectAction = new ExecuteAction("T-3", "item.ver"), Spacing = Spacing.ExtraLarge }.ToJson();

        // Assert
        Assert.Equal("item.ver", (string?)json["selectAction"]!["verb"]);
        Assert.Equal("extraLarge", (string?)json["spacing"]);
    }
}
