using System.Net;
using System.Net.Http.Headers;

namespace MesaBot.Tests.Http;

/// <summary>Answers each request with the next scripted step, and remembers what it was sent.</summary>
internal sealed class ScriptedServer(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public List<string> Bodies { get; } = [];

    /// <summary>Until <paramref name="count"/> requests have arrived (an attempt's timeout is armed by then).</summary>
    public async Task WaitForCallsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Calls < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{count} calls expected, {Calls} arrived");
            await Task.Delay(5);
        }
    }

    public List<string?> ContentTypes { get; } = [];

    public static Func<CancellationToken, Task<HttpResponseMessage>> Respond(HttpStatusCode status, RetryConditionHeaderValue? retryAfter = null) => _ =>
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Add("request-id", Guid.NewGuid().ToString());
        response.Headers.RetryAfter = retryAfter;
        return Task.FromResult(response);
    };

    public static Func<CancellationToken, Task<HttpResponseMessage>> RetryAfterSeconds(HttpStatusCode status, int seconds) =>
        Respond(status, new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds)));

    public static Func<CancellationToken, Task<HttpResponseMessage>> NetworkError() => _ =>
        Task.FromException<HttpResponseMessage>(new HttpRequestException("connection reset"));

    /// <summary>Never answers: only a timeout (the caller's or the pipeline's) ends the attempt.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() => async cancellationToken =>
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    };

    public static Func<CancellationToken, Task<HttpResponseMessage>>[] Always(HttpStatusCode status, int times = 10) =>
        [.. Enumerable.Range(0, times).Select(_ => Respond(status))];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            Bodies.Add(await request.Content.ReadAsStringAsync(cancellationToken));
            ContentTypes.Add(request.Content.Headers.ContentType?.MediaType);
        }

        return await steps[Interlocked.Increment(ref _calls) - 1](cancellationToken);
    }
}
