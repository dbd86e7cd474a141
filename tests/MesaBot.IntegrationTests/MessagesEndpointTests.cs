using System.Net;
using System.Text;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

public sealed class MessagesEndpointTests(UnauthenticatedHostFixture fixture) : IClassFixture<UnauthenticatedHostFixture>
{
    [Fact]
    public async Task MalformedJson_Answers400ProblemJson_NothingStored()
    {
        var http = fixture.Host.CreateClient();

        var response = await http.PostAsync("/api/messages", new StringContent("{\"type\": \"message\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await StorageProbe.CountAsync(fixture.Host.TablePrefix, ConversationsTable));
    }

    [Fact]
    public async Task BodyOver256KiB_Answers413_NothingStored()
    {
        var http = fixture.Host.CreateClient();
        var huge = "{\"type\":\"conversationUpdate\",\"text\":\"" + new string('x', 300 * 1024) + "\"}";

        var response = await http.PostAsync("/api/messages", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await StorageProbe.CountAsync(fixture.Host.TablePrefix, ConversationsTable));
    }

    [Fact]
    public async Task NoAppIdInDevelopment_AcceptsWithoutToken()
    {
        var activity = TeamsActivities.ChannelMessage(fixture.BotFramework.ServiceUrl, "ayuda");

        var response = await fixture.Client.SendAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(fixture.BotFramework.Calls, c => c.Activity?.ReplyToId == activity.Id);
        Assert.Equal(string.Empty, call.Authorization);
    }

    [Fact]
    public async Task Healthz_ReportsStorageHealthy()
    {
        var response = await fixture.Host.CreateClient().GetStringAsync("/healthz");

        Assert.Equal("Healthy", response);
    }

    private const string ConversationsTable = MesaBot.Conversations.ConversationStore.TableName;
}
