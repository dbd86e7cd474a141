using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MesaBot.Graph;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Graph;

public sealed class GraphRetryHandlerTests
{
    private readonly TimerWatchingTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsExactlyThatLong()
    {
        var server = new ScriptedServer(Respond(HttpStatusCode.TooManyRequests, retryAfterSeconds: 7), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.GetAsync("https://graph.example/v1.0/users/x");
        await _time.WaitForTimerAsync();
        _time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.False(sending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_ServerErrorEveryTime_BacksOffThenGivesUpAfterMaxAttempts(HttpStatusCode status)
    {
        var server = new ScriptedServer([.. Enumerable.Range(0, 10).Select(_ => Respond(status))]);
        using var client = Client(server);

        var sending = client.GetAsync("https://graph.example/v1.0/users/x");
        await _time.WaitForTimerAsync();
        _time.Advance(TimeSpan.FromSeconds(0.9)); // the first backoff is 1 s
        Assert.Equal(1, server.Calls);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        for (var i = 2; i < 4; i++)
        {
            await _time.WaitForTimerAsync();
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        var response = await sending;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(4, server.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task SendAsync_ClientErrorOrNotImplemented_NoRetry(HttpStatusCode status)
    {
        var server = new ScriptedServer(Respond(status), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var response = await client.GetAsync("https://graph.example/v1.0/users/x");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, server.Calls);
    }

    [Fact]
    public async Task SendAsync_StreamedBodyRetried_SameBytesAndContentTypeSentAgain()
    {
        var server = new ScriptedServer(Respond(HttpStatusCode.TooManyRequests, retryAfterSeconds: 0), Respond(HttpStatusCode.Accepted));
        using var client = Client(server);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"message\":{\"subject\":\"Resumen\"}}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("https://graph.example/v1.0/users/m/sendMail", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["{\"message\":{\"subject\":\"Resumen\"}}", "{\"message\":{\"subject\":\"Resumen\"}}"], server.Bodies);
        Assert.All(server.ContentTypes, t => Assert.Equal("application/json", t));
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondMaxDelay_CappedAtMaxDelay()
    {
        var server = new ScriptedServer(Respond(HttpStatusCode.TooManyRequests, retryAfterSeconds: 3600), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.GetAsync("https://graph.example/v1.0/users/x");
        await _time.WaitForTimerAsync();
        _time.Advance(TimeSpan.FromSeconds(60));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient Client(ScriptedServer server) => new(new GraphRetryHandler(
        _time,
        new GraphRetryOptions { MaxAttempts = 4, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(60) },
        NullLogger<GraphRetryHandler>.Instance) { InnerHandler = server });

    private static HttpResponseMessage Respond(HttpStatusCode status, int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Add("request-id", Guid.NewGuid().ToString());
        if (retryAfterSeconds is { } s)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(s));
        }

        return response;
    }

    private sealed class ScriptedServer(params HttpResponseMessage[] responses) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public List<string> Bodies { get; } = [];

        public List<string?> ContentTypes { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                Bodies.Add(await request.Content.ReadAsStringAsync(cancellationToken));
                ContentTypes.Add(request.Content.Headers.ContentType?.MediaType);
            }

            return responses[Interlocked.Increment(ref _calls) - 1];
        }
    }
}
