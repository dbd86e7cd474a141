using System.Text.Json.Nodes;
using MesaBot.EndToEndTests.Infrastructure;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 14, finding 7: the bot added to a team says hello in its General channel, and the welcome starts with
/// the first step there, `@MesaBot vincular` «mesa» (or, if a colleague linked the channel already, says to which
/// mesa). The team install is sent as Teams sends it, a conversationUpdate to the General channel with the bot
/// among the members added; the Playground's page load may have sent one already, and the bot welcomes a
/// conversation once, so either way exactly one welcome shows.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ChannelWelcomeInPlaygroundTests(PlaygroundEnvironment environment)
{
    private const string GeneralChannel = "team-innovacion-mop"; // the Playground gives General the team's id, as Teams does

    [Fact]
    public async Task BotAddedToTheTeam_WelcomeInGeneralStartsWithVincular()
    {
        var chat = environment.Chat;
        await chat.OpenConversationAsync("General");
        var activities = new CustomActivities(environment);
        var install = await activities.TemplateAsync(GeneralChannel);
        var tenantId = install["conversation"]!["tenantId"]!.GetValue<string>();
        var bot = install["recipient"]!.DeepClone();
        install["type"] = "conversationUpdate";
        install.Remove("text");
        install["membersAdded"] = new JsonArray(bot);
        install["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = tenantId },
            ["team"] = new JsonObject { ["id"] = GeneralChannel, ["name"] = "Innovación MOP" },
            ["channel"] = new JsonObject { ["id"] = GeneralChannel },
        };
        await activities.SendAsync(install);

        var welcome = await chat.ExpectCardWithTextAsync("¡Hola! Soy MesaBot", "vincula");
        await chat.ScreenshotAsync("21-bienvenida-canal");
        var text = await welcome.InnerTextAsync();
        // The other tests of the run share General and may have linked it first: then the welcome says to which mesa.
        Assert.True(
            text.Contains("Primer paso: vincula esta conversación a su mesa", StringComparison.Ordinal)
                || text.Contains("Esta conversación ya está vinculada a la mesa", StringComparison.Ordinal),
            text);
    }
}
