using System.Net;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;

namespace MesaBot.IntegrationTests;

/// <summary>The outbound Connector client against the fake connector on loopback.</summary>
public sealed class ConnectorClientTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private IConnectorClient Connector => fixture.Host.Services.GetRequiredService<IConnectorClient>();

    private string ServiceUrl => fixture.BotFramework.ServiceUrl;

    [Fact]
    public async Task SendToConversation_ChannelThreadId_ReachesThatConversationWithBearer()
    {
        var conversation = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=17";

        var sent = await Connector.SendToConversationAsync(ServiceUrl, conversation, new Activity { Type = "message", Text = "hola" }, CancellationToken.None);

        var call = fixture.BotFramework.Calls.Single(c => c.Activity?.Text == "hola" && c.Path.Contains(conversation));
        Assert.Equal("POST", call.Method);
        Assert.Equal("Bearer " + MesaBotFactory.OutboundToken, call.Authorization);
        Assert.StartsWith("activity-", sent.Id);
    }

    [Fact]
    public async Task Update_UsesPutOnTheActivity()
    {
        var conversation = $"a:{Guid.NewGuid():N}";

        await Connector.UpdateActivityAsync(ServiceUrl, conversation, "act-9", new Activity { Type = "message", Text = "actualizada" }, CancellationToken.None);

        var call = fixture.BotFramework.Calls.Single(c => c.Path.Contains(conversation));
        Assert.Equal("PUT", call.Method);
        Assert.EndsWith("/activities/act-9", call.Path);
    }

    [Fact]
    public async Task CreateConversationAndGetMembers_RoundTrip()
    {
        var created = await Connector.CreateConversationAsync(ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = TeamsActivities.BotId },
            Members = [new ChannelAccount { Id = "29:user-1" }],
            TenantId = TeamsActivities.TenantId,
        }, CancellationToken.None);
        var members = await Connector.GetMembersAsync(ServiceUrl, "a:members-" + Guid.NewGuid().ToString("N"), CancellationToken.None);

        Assert.NotNull(created.Id);
        Assert.Contains(fixture.BotFramework.Calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations") && c.Body.Contains("29:user-1") && c.Body.Contains(TeamsActivities.TenantId));
        Assert.Contains(members, m => m.EntraObjectId == "aad-ana" && m.Name == "Ana Pérez");
    }

    [Fact]
    public async Task Send_ThrottledThenOk_RetriedAndDelivered()
    {
        var text = "reintento " + Guid.NewGuid();
        // The host's clock is fake, so only "retry now" answers are used here; backoff timing is unit-tested.
        fixture.BotFramework.ScriptedFailures.Enqueue((429, "0"));
        fixture.BotFramework.ScriptedFailures.Enqueue((429, "0"));

        await Connector.SendToConversationAsync(ServiceUrl, "a:retry", new Activity { Type = "message", Text = text }, CancellationToken.None);

        Assert.Equal(3, fixture.BotFramework.Calls.Count(c => c.Activity?.Text == text));
    }

    [Fact]
    public async Task Send_UserBlockedBot_ThrowsUnreachableWithoutRetry()
    {
        var text = "bloqueado " + Guid.NewGuid();
        fixture.BotFramework.ScriptedFailures.Enqueue((403, null));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Connector.SendToConversationAsync(ServiceUrl, "a:blocked", new Activity { Type = "message", Text = text }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal(1, fixture.BotFramework.Calls.Count(c => c.Activity?.Text == text));
    }

    [Fact]
    public async Task Send_NonHttpsRemoteServiceUrl_RefusedBeforeAnyCall()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Connector.SendToConversationAsync("http://smba.example.org/amer/", "a:x", new Activity { Type = "message" }, CancellationToken.None));
    }
}
