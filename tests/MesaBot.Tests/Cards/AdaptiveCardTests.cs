using System.Text.Json;
using MesaBot.Cards;
using MesaBot.Protocol;
using Xunit;

namespace MesaBot.Tests.Cards;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void ToJson_Always_IsVersion15WithSchema()
    {
        // Arrange
        var card = new AdaptiveCard().Add(new TextBlock("Hola"));

        // Act
        var json = card.ToJson();

        // Assert
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        // No msteams.width: the Agents Playground flags it under every card, and cards read well without it.
        Assert.Null(json["msteams"]);
    }

    [Fact]
    public void ToJson_NoActions_OmitsTheActionsArray()
    {
        // Act
        var json = new AdaptiveCard().Add(new TextBlock("Hola")).ToJson();

        // Assert
        Assert.False(json.ContainsKey("actions"));
        Assert.Single(json["body"]!.AsArray());
    }

    [Fact]
    public void ToJson_ElementsAndActions_KeepTheirOrder()
    {
        // Arrange
        var card = new AdaptiveCard()
            .Add(new TextBlock("Uno"))
            .Add(new ExecuteAction("A", "a"))
            .Add(new TextBlock("Dos"))
            .Add(new ExecuteAction("B", "b"));

        // Act
        var json = card.ToJson();

        // Assert
        Assert.Equal(["Uno", "Dos"], json["body"]!.AsArray().Select(e => (string?)e!["text"]));
        Assert.Equal(["a", "b"], json["actions"]!.AsArray().Select(a => (string?)a!["verb"]));
    }

    [Fact]
    public void ToActivity_SerializedAsTheBotSendsIt_IsAMessageWithOneAdaptiveCardAttachment()
    {
        // Arrange
        var card = new AdaptiveCard().Add(new TextBlock("Ñuñoa 🌉"));

        // Act
        var wire = JsonSerializer.Serialize(card.ToActivity(), ProtocolJson.Options);

        // Assert
        using var document = JsonDocument.Parse(wire);
        var root = document.RootElement;
        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("Ñuñoa 🌉", attachment.GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.False(attachment.TryGetProperty("contentUrl", out _));
    }
}
