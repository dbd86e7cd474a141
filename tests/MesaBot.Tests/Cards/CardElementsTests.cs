using System.Text.Json.Nodes;
using MesaBot.Cards;
using Xunit;

namespace MesaBot.Tests.Cards;

public sealed class CardElementsTests
{
    [Fact]
    public void TextBlockToJson_Defaults_WrapsAndWritesNoStyling()
    {
        // Act
        var json = new TextBlock("Acuerdo registrado").ToJson();

        // Assert: wrap is always on, or Teams cuts long Spanish lines with an ellipsis.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"TextBlock","text":"Acuerdo registrado","wrap":true}"""), json));
    }

    [Fact]
    public void TextBlockToJson_AllOptions_WritesThemInSchemaCasing()
    {
        // Act
        var json = new TextBlock("Título") { Size = TextSize.Large, Weight = TextWeight.Bolder, IsSubtle = true, Separator = true }.ToJson();

        // Assert
        Assert.Equal("large", (string?)json["size"]);
        Assert.Equal("bolder", (string?)json["weight"]);
        Assert.True((bool?)json["isSubtle"]);
        Assert.True((bool?)json["separator"]);
        Assert.True((bool?)json["wrap"]);
    }

    [Fact]
    public void FactSetToJson_Facts_KeepsOrderTitlesAndValues()
    {
        // Act
        var json = new FactSet([new("Plazo", "15 de diciembre"), new("Responsable", "Íñigo")]).ToJson();

        // Assert
        Assert.Equal("FactSet", (string?)json["type"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"title":"Plazo","value":"15 de diciembre"},{"title":"Responsable","value":"Íñigo"}]"""),
            json["facts"]));
    }

    [Fact]
    public void ContainerToJson_NestedItems_WritesThemWithStyle()
    {
        // Act
        var json = new Container([new TextBlock("Uno"), new Container([new TextBlock("Dos")])]) { Style = "emphasis" }.ToJson();

        // Assert
        Assert.Equal("emphasis", (string?)json["style"]);
        Assert.Equal("Dos", (string?)json["items"]![1]!["items"]![0]!["text"]);
        Assert.True((bool?)json["items"]![1]!["items"]![0]!["wrap"]);
        Assert.False(json.ContainsKey("separator"));
    }
}
