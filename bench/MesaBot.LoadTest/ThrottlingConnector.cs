using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MesaBot.LoadTest;

/// <summary>
/// A Bot Connector on 127.0.0.1 that enforces a tenant-wide limit the way Teams does: at most
/// <c>limit</c> accepted posts per fixed one-second window of real time; above it, 429 with
/// <c>Retry-After: 1</c> (delta-seconds is an integer, so 1 is the shortest honest answer). Every
/// accepted post is remembered by conversation and SHA-256 of its body, so a reminder posted twice
/// shows up as a duplicate. Every attempt's instant is kept too, so the report can say how many posts the
/// hosts made in their busiest second (the sliding window; what they sent, accepted or not).
/// </summary>
public sealed class ThrottlingConnector(WebApplication app, int limit) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<long, int> _accepted = [];
    private readonly List<TimeSpan> _attempts = [];
    private readonly ConcurrentDictionary<(string Conversation, string Body), int> _posts = new();
    private long _throttled;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Throttled => Interlocked.Read(ref _throttled);

    public int Accepted => _posts.Values.Sum();

    /// <summary>Accepted posts whose conversation and body had been accepted before.</summary>
    public int Duplicates => _posts.Values.Sum(n => n - 1);

    public IReadOnlyDictionary<(string Conversation, string Body), int> Posts => _posts;

    /// <summary>The busiest one-second window (never above the limit: the check of the enforcement itself).</summary>
    public int BusiestWindow
    {
        get
        {
            lock (_gate)
            {
                return _accepted.Count == 0 ? 0 : _accepted.Values.Max();
            }
        }
    }

    /// <summary>Every post received, accepted or not.</summary>
    public int Attempts
    {
        get
        {
            lock (_gate)
            {
                return _attempts.Count;
            }
        }
    }

    /// <summary>The connector's clock, to place the attempts against the start of a drain.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The instant of the first attempt at or after <paramref name="start"/>, if any.</summary>
    public TimeSpan? FirstAttemptAfter(TimeSpan start)
    {
        lock (_gate)
        {
            return _attempts.Where(a => a >= start).Select(a => (TimeSpan?)a).FirstOrDefault();
        }
    }

    /// <summary>The most attempts (accepted or throttled) inside any one-second span, and when that span starts.</summary>
    public (int Posts, TimeSpan Start) BusiestAttemptSecond
    {
        get
        {
            lock (_gate)
            {
                var busiest = (Posts: 0, Start: TimeSpan.Zero);
                for (int first = 0, last = 0; last < _attempts.Count; last++)
                {
                    while (_attempts[last] - _attempts[first] >= TimeSpan.FromSeconds(1))
                    {
                        first++;
                    }

                    if (last - first + 1 > busiest.Posts)
                    {
                        busiest = (last - first + 1, _attempts[first]);
                    }
                }

                return busiest;
            }
        }
    }

    /// <summary>Attempts per 100 ms from <paramref name="start"/> for <paramref name="tenths"/> tenths of a second: where a busy second comes from.</summary>
    public IReadOnlyList<int> AttemptsPerTenth(TimeSpan start, int tenths)
    {
        lock (_gate)
        {
            return [.. Enumerable.Range(0, tenths).Select(i => _attempts.Count(a => a >= start + TimeSpan.FromMilliseconds(100 * i) && a < start + TimeSpan.FromMilliseconds(100 * (i + 1))))];
        }
    }

    public static async Task<ThrottlingConnector> StartAsync(int limit)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var connector = new ThrottlingConnector(app, limit);
        app.MapPost("/v3/conversations/{id}/activities", connector.PostAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/";
        return connector;
    }

    private async Task<IResult> PostAsync(string id, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        lock (_gate)
        {
            var now = _clock.Elapsed;
            _attempts.Add(now); // in order: taken under the lock
            var window = (long)now.TotalMilliseconds / 1000;
            var count = _accepted.GetValueOrDefault(window);
            if (count >= limit)
            {
                _throttled++;
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            _accepted[window] = count + 1;
        }

        _posts.AddOrUpdate((id, Convert.ToHexString(SHA256.HashData(body.ToArray()))), 1, (_, n) => n + 1);
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
