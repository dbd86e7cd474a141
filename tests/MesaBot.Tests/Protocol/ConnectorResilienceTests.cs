using System.Net;
using System.Net.Http.Headers;
using MesaBot.Protocol.Connector;
using MesaBot.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using static MesaBot.Tests.Http.ScriptedServer;

namespace MesaBot.Tests.Protocol;

/// <summary>
/// The Connector's resilience handler as the host registers it, on a fake clock from DI: every wait below
/// ends only because the test advances that clock, which proves the pipeline uses the injected one.
/// </summary>
public sealed class ConnectorResilienceTests
{
    private const string Activities = "https://smba.example/v3/conversations/x/activities";
    private const string Members = "https://smba.example/v3/conversations/x/members";

    private readonly TimerWatchingTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        var server = new ScriptedServer(RetryAfterSeconds(HttpStatusCode.TooManyRequests, 7), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.PostAsync(Activities, new StringContent("{}"));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(sending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterDate_WaitsUntilThatTimeOnTheInjectedClock()
    {
        var server = new ScriptedServer(
            Respond(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(5))),
            Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.PostAsync(Activities, new StringContent("{}"));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterZero_RetriedAtOnce()
    {
        var server = new ScriptedServer(RetryAfterSeconds(HttpStatusCode.TooManyRequests, 0), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var response = await client.PostAsync(Activities, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_TransientStatusEveryTime_GivesUpAfterMaxAttempts(HttpStatusCode status)
    {
        var server = new ScriptedServer(Always(status));
        using var client = Client(server);

        var sending = client.GetAsync(Members);
        for (var i = 1; i < 4; i++)
        {
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(Math.Pow(2, i - 1))); // 1 s, 2 s, 4 s
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        var response = await sending;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(4, server.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task SendAsync_NonTransientStatus_NoRetry(HttpStatusCode status)
    {
        var server = new ScriptedServer(Respond(status), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var response = await client.GetAsync(Members);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, server.Calls);
    }

    [Fact]
    public async Task SendAsync_NetworkError_RetriedAfterBackoff()
    {
        var server = new ScriptedServer(NetworkError(), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.GetAsync(Members);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_AttemptHangs_TimedOutOnTheInjectedClockAndRetried()
    {
        var server = new ScriptedServer(Hang(), Respond(HttpStatusCode.OK));
        using var client = Client(server, o => o.AttemptTimeout = TimeSpan.FromSeconds(10));

        var sending = client.GetAsync(Members);
        await server.WaitForCallsAsync(1); // the timeout re-arms a pooled timer, so it is not watched by due time
        _time.Advance(TimeSpan.FromSeconds(10));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task SendAsync_ServerFailuresOverTheRatio_CircuitOpensAndFailsFastAsHttpRequestException()
    {
        var server = new ScriptedServer(Always(HttpStatusCode.BadGateway));
        using var client = Client(server, Breaker);

        await client.GetAsync(Members);
        await client.GetAsync(Members);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(Members));

        Assert.IsType<BrokenCircuitException>(error.InnerException);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task SendAsync_ThrottledOverAndOver_CircuitStaysClosed()
    {
        var server = new ScriptedServer(Always(HttpStatusCode.TooManyRequests));
        using var client = Client(server, Breaker);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(Members)).StatusCode);
        }

        Assert.Equal(5, server.Calls);
    }

    // One attempt per call, and a circuit that opens after two failures out of two.
    private static void Breaker(ConnectorRetryOptions o)
    {
        o.MaxAttempts = 1;
        o.CircuitBreaker.MinimumThroughput = 2;
        o.CircuitBreaker.FailureRatio = 0.5;
    }

    private HttpClient Client(ScriptedServer server, Action<ConnectorRetryOptions>? configure = null) =>
        ResilientClient.Create(_time, server, (services, builder) =>
        {
            services.Configure<ConnectorRetryOptions>(o =>
            {
                o.MaxAttempts = 4;
                o.BaseDelay = TimeSpan.FromSeconds(1);
                configure?.Invoke(o);
            });
            builder.AddConnectorResilience();
        });
}
