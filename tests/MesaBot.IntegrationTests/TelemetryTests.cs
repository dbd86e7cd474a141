using System.Net;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;

namespace MesaBot.IntegrationTests;

/// <summary>MesaBot's own metrics, read with a MeterListener from the in-process host.</summary>
public sealed class TelemetryTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task MessageTurn_Answered_CountedByTypeAndOutcomeWithItsStorageCalls()
    {
        using var turns = new MeasurementRecorder(fixture.Host.Services, "mesabot.turns");
        using var storage = new MeasurementRecorder(fixture.Host.Services, "mesabot.storage.requests");

        var response = await fixture.Client.SendAsync(TeamsActivities.ChannelMessage(fixture.BotFramework.ServiceUrl, "ayuda"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(turns.Measurements);
        Assert.Equal(1, turn.Value);
        Assert.Equal("message", turn.Tags["activity.type"]);
        Assert.Equal("answered", turn.Tags["outcome"]);
        Assert.NotEmpty(storage.Measurements);
    }

    [Fact]
    public async Task ConnectorAnswers429Twice_EachCountedAsThrottled()
    {
        using var throttled = new MeasurementRecorder(fixture.Host.Services, "mesabot.http.throttled");
        fixture.BotFramework.ScriptedFailures.Enqueue((429, "0"));
        fixture.BotFramework.ScriptedFailures.Enqueue((429, "0"));
        var connector = fixture.Host.Services.GetRequiredService<IConnectorClient>();

        await connector.SendToConversationAsync(fixture.BotFramework.ServiceUrl, "a:throttled", new Activity { Type = "message", Text = "hola" }, CancellationToken.None);

        Assert.Equal(2, throttled.Sum("service", "connector"));
    }
}
