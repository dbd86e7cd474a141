using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesaBot.Cards;
using Xunit;

namespace MesaBot.Tests.Cards;

public sealed class ExecuteActionTests
{
    [Fact]
    public void ToJson_NoData_HasVerbAndSubmitFallbackCarryingTheVerb()
    {
        // Arrange
        var action = new ExecuteAction("Ver comandos", "ayuda");

        // Act
        var json = action.ToJson();

        // Assert
        Assert.Equal("Action.Execute", (string?)json["type"]);
        Assert.Equal("Ver comandos", (string?)json["title"]);
        Assert.Equal("ayuda", (string?)json["verb"]);
        Assert.Empty(json["data"]!.AsObject());
        var fallback = json["fallback"]!.AsObject();
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("Ver comandos", (string?)fallback["title"]);
        Assert.Equal("ayuda", (string?)fallback["data"]!["verb"]);
    }

    [Fact]
    public void ToJson_WithData_KeepsTheVerbOutOfTheExecuteData()
    {
        // Arrange
        var action = new ExecuteAction("Cerrar", "cerrar-tarea") { Data = new Dictionary<string, string> { ["tarea"] = "12" } };

        // Act
        var json = action.ToJson();

        // Assert: Teams sends the verb beside data for Execute, but only data for the Submit fallback.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"tarea":"12"}"""), json["data"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"tarea":"12","verb":"cerrar-tarea"}"""), json["fallback"]!["data"]));
    }

    [Property]
    public Property ToJson_AnyVerbAndData_FallbackDataIsDataPlusVerb(NonEmptyString verb, Dictionary<NonWhiteSpaceString, string> data)
    {
        var values = data.Where(kv => kv.Key.Get != "verb" && kv.Value is not null)
            .ToDictionary(kv => kv.Key.Get, kv => kv.Value);
        var json = new ExecuteAction("Ir", verb.Get) { Data = values }.ToJson();

        var fallbackData = json["fallback"]!["data"]!.AsObject();
        var expected = new JsonObject([.. values.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)), KeyValuePair.Create("verb", (JsonNode?)verb.Get)]);
        return (JsonNode.DeepEquals(expected, fallbackData) && (string?)json["verb"] == verb.Get).ToProperty();
    }
}
