using System.Net;
using System.Text.Json;
using MesaBot.Conversations;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

public sealed class WelcomeAndHelpTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task BotAddedToTeam_BothInstallEvents_StoresReferenceAndWelcomesOnce()
    {
        var serviceUrl = fixture.BotFramework.ServiceUrl;

        var first = await fixture.Client.SendAsync(TeamsActivities.InstallationAddToTeam(serviceUrl));
        var second = await fixture.Client.SendAsync(TeamsActivities.BotAddedToTeam(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var welcomes = fixture.BotFramework.SentActivities().Where(a => CardText(a).Contains("Soy MesaBot")).ToList();
        var welcome = Assert.Single(welcomes);
        Assert.Equal(TeamsActivities.ChannelId, welcome.Conversation!.Id);

        var store = fixture.Host.Services.GetRequiredService<ConversationStore>();
        var stored = await store.FindAsync(TeamsActivities.TenantId, TeamsActivities.ChannelId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(serviceUrl, stored.ServiceUrl);
        Assert.Equal(TeamsActivities.TeamId, stored.TeamId);
        Assert.Equal("channel", stored.ConversationType);
    }

    [Fact]
    public async Task Ayuda_InChannelThread_RepliesWithSpanishHelpCardInThread()
    {
        var activity = TeamsActivities.ChannelMessage(fixture.BotFramework.ServiceUrl, "Ayuda");

        var response = await fixture.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(fixture.BotFramework.SentActivities(), a => a.ReplyToId == activity.Id);
        Assert.Equal(activity.Conversation!.Id, reply.Conversation!.Id);
        Assert.Contains("MesaBot: comandos", CardText(reply));
        var call = fixture.BotFramework.Calls.Last(c => c.Activity?.ReplyToId == activity.Id);
        Assert.Equal("Bearer " + MesaBotFactory.OutboundToken, call.Authorization);
    }

    [Fact]
    public async Task UnknownCommand_RepliesInSpanishPointingToHelp()
    {
        var activity = TeamsActivities.ChannelMessage(fixture.BotFramework.ServiceUrl, "hola qué tal");

        await fixture.Client.SendAsync(activity);

        var reply = Assert.Single(fixture.BotFramework.SentActivities(), a => a.ReplyToId == activity.Id);
        Assert.Contains("ayuda", reply.Text);
        Assert.Contains("hola qué tal", reply.Text);
    }

    [Fact]
    public async Task HelpButton_CardAction_AnswersHelpCardInPlace()
    {
        var response = await fixture.Client.SendAsync(TeamsActivities.CardAction(fixture.BotFramework.ServiceUrl, "ayuda"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("1.5", body.RootElement.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task UnknownInvoke_Answers501()
    {
        var activity = TeamsActivities.CardAction(fixture.BotFramework.ServiceUrl, "ayuda");
        activity.Name = "composeExtension/query";

        var response = await fixture.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    private static string CardText(MesaBot.Protocol.Activity activity) =>
        string.Join('\n', activity.Attachments?.Select(a => System.Text.Json.JsonSerializer.Serialize(a.Content)) ?? []);
}
