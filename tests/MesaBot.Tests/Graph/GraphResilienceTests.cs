using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MesaBot.Graph;
using MesaBot.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static MesaBot.Tests.Http.ScriptedServer;

namespace MesaBot.Tests.Graph;

/// <summary>Graph's resilience handler as the host registers it, on a fake clock from DI.</summary>
public sealed class GraphResilienceTests
{
    private readonly TimerWatchingTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsExactlyThatLong()
    {
        var server = new ScriptedServer(RetryAfterSeconds(HttpStatusCode.TooManyRequests, 7), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.GetAsync("https://graph.example/v1.0/users/x");
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
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
        var server = new ScriptedServer(Always(status));
        using var client = Client(server);

        var sending = client.GetAsync("https://graph.example/v1.0/users/x");
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(0.9)); // the first backoff is 1 s
        Assert.Equal(1, server.Calls);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        for (var i = 2; i < 4; i++)
        {
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(Math.Pow(2, i - 1)));
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
        var server = new ScriptedServer(RetryAfterSeconds(HttpStatusCode.TooManyRequests, 0), Respond(HttpStatusCode.Accepted));
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
        var server = new ScriptedServer(RetryAfterSeconds(HttpStatusCode.TooManyRequests, 3600), Respond(HttpStatusCode.OK));
        using var client = Client(server);

        var sending = client.GetAsync("https://graph.example/v1.0/users/x");
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(60));
        _time.Advance(TimeSpan.FromSeconds(60));
        var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ThrottledThenOk_RetryLoggedWithGraphsRequestIds()
    {
        var logs = new ListLogger();
        var server = new ScriptedServer(RetryAfterSeconds(HttpStatusCode.TooManyRequests, 0), Respond(HttpStatusCode.OK));
        using var client = Client(server, logs);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://graph.example/v1.0/users/x");
        request.Headers.Add("client-request-id", "client-7");

        await client.SendAsync(request);

        var line = Assert.Single(logs.Lines);
        Assert.Contains("/v1.0/users/x answered 429", line);
        Assert.Contains("client-request-id client-7", line);
        Assert.Matches("request-id [0-9a-f-]{36}", line);
    }

    private HttpClient Client(ScriptedServer server, ILoggerProvider? logs = null) =>
        ResilientClient.Create(_time, server, (services, builder) =>
        {
            services.AddSingleton(new GraphOptions
            {
                Retry = new GraphRetryOptions { MaxAttempts = 4, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(60) },
            });
            if (logs is not null)
            {
                services.AddLogging(l => l.AddProvider(logs));
            }

            builder.AddGraphResilience();
        });

    private sealed class ListLogger : ILoggerProvider, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("MesaBot.Graph", StringComparison.Ordinal) ? this : NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
