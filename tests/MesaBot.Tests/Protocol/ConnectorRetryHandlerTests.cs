using System.Net;
using MesaBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Protocol;

public sealed class ConnectorRetryHandlerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        var server = new ScriptedServer(Respond(HttpStatusCode.TooManyRequests, retryAfterSeconds: 7), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.PostAsync("https://smba.example/v3/conversations/x/activities", new StringContent("{}"));
        await server.WaitForCallsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(sending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await sending;

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
        var server = new ScriptedServer(Enumerable.Range(0, 10).Select(_ => Respond(status)).ToArray());
        using var client = Client(server);

        var sending = client.GetAsync("https://smba.example/v3/conversations/x/members");
        for (var i = 1; i < 4; i++)
        {
            await server.WaitForCallsAsync(i);
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

        var response = await client.GetAsync("https://smba.example/v3/conversations/x/members");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, server.Calls);
    }

    private HttpClient Client(ScriptedServer server) =>
        new(new ConnectorRetryHandler(_time, new ConnectorRetryOptions { MaxAttempts = 4, BaseDelay = TimeSpan.FromSeconds(1) }) { InnerHandler = server });

    private static HttpResponseMessage Respond(HttpStatusCode status, int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfterSeconds is { } s)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(s));
        }

        return response;
    }

    private sealed class ScriptedServer(params HttpResponseMessage[] responses) : HttpMessageHandler
    {
        private int _calls;
        private readonly SemaphoreSlim _called = new(0);

        public int Calls => _calls;

        public async Task WaitForCallsAsync(int count)
        {
            while (Volatile.Read(ref _calls) < count)
            {
                await _called.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var index = Interlocked.Increment(ref _calls) - 1;
            _called.Release();
            return Task.FromResult(responses[index]);
        }
    }
}
