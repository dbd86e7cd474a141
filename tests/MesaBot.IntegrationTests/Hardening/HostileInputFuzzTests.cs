using System.Collections.Concurrent;
using System.Net;
using System.Text;
using MesaBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace MesaBot.IntegrationTests.Hardening;

/// <summary>
/// Issue 13: thousands of generated hostile activities against the in-process host, from a fixed seed.
/// No 5xx (501 only for invokes nobody handles), no reply showing another mesa's record, nothing logged
/// as an error, the host healthy at the end.
/// Replay or widen a run with MESABOT_FUZZ_SEED and MESABOT_FUZZ_COUNT (the issue's figure is 10,000).
/// </summary>
public sealed class HostileInputFuzzTests(UnauthenticatedHostFixture fixture, ITestOutputHelper output) : IClassFixture<UnauthenticatedHostFixture>
{
    private const int DefaultSeed = 20261201;
    private const int DefaultCount = 5_000;

    [Fact]
    public async Task HostileActivities_NoServerErrorNoErrorLoggedHostHealthy()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MESABOT_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("MESABOT_FUZZ_COUNT"), out var c) ? c : DefaultCount;
        output.WriteLine($"Hostile input: seed {seed}, {count} activities (replay: MESABOT_FUZZ_SEED={seed} MESABOT_FUZZ_COUNT={count}).");
        var errors = new ErrorLog();
        using var host = fixture.Host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(errors)));
        var http = host.CreateClient();
        await SeedOtherMesaAsync(http);
        var generator = new HostileActivities(seed, fixture.BotFramework.ServiceUrl, "t-fuzz");
        var statuses = new Dictionary<int, int>();
        var serverErrors = new List<string>();
        var leaks = new List<string>();

        for (var i = 0; i < count; i++)
        {
            var body = generator.Next();
            var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
            var status = (int)response.StatusCode;
            if ((await response.Content.ReadAsStringAsync()).Contains(Secret, StringComparison.Ordinal))
            {
                leaks.Add($"#{i} answered with mesa Alfa's record: {Shorten(body)}");
            }

            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 && !(status == 501 && body.Contains("\"invoke\"", StringComparison.Ordinal)))
            {
                serverErrors.Add($"#{i} → {status}: {Shorten(body)}");
            }
        }

        foreach (var line in errors.Lines.Distinct().Take(20))
        {
            output.WriteLine("Logged: " + line);
        }

        output.WriteLine("Statuses: " + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} × {p.Value}")));
        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} server errors (seed {seed}):\n" + string.Join("\n", serverErrors.Take(5)));
        leaks.AddRange(fixture.BotFramework.SentActivities()
            .Where(a => a.Conversation?.Id?.StartsWith(AlfaChannel, StringComparison.Ordinal) != true)
            .Where(a => System.Text.Json.JsonSerializer.Serialize(a, MesaBot.Protocol.ProtocolJson.Options).Contains(Secret, StringComparison.Ordinal))
            .Select(a => $"posted mesa Alfa's record into {a.Conversation?.Id}"));
        Assert.True(leaks.Count == 0, $"{leaks.Count} replies showed another mesa's data (seed {seed}):\n" + string.Join("\n", leaks.Take(5)));
        Assert.True(errors.Lines.IsEmpty, $"{errors.Lines.Count} errors logged (seed {seed}):\n" + string.Join("\n", errors.Lines.Take(5)));
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));
    }

    private const string Secret = "SECRETO-ALFA";
    private const string AlfaChannel = "19:alfa@thread.tacv2";

    // Another mesa of the same tenant, of someone else (Luis): the fuzz speaks as Ana, and its card data
    // names "alfa", "T-1" and Luis's ids among its values, so a leak would show Alfa's secret. Ana is not
    // in Alfa's channel (its roster is Luis alone): members may read a mesa from their personal chat.
    private async Task SeedOtherMesaAsync(HttpClient http)
    {
        fixture.BotFramework.MembersOf[AlfaChannel] = [.. fixture.BotFramework.Members.Where(m => m.ObjectId == "aad-luis")];
        foreach (var text in new[] { "vincular Alfa", $"tarea {Secret} <at>Luis Soto</at> para el 15/12" })
        {
            var body = $$"""
                { "type": "message", "id": "{{Guid.NewGuid():N}}", "channelId": "msteams", "serviceUrl": "{{fixture.BotFramework.ServiceUrl}}",
                  "from": { "id": "29:user-luis", "name": "Luis Soto", "aadObjectId": "aad-luis" }, "recipient": { "id": "28:bot", "name": "MesaBot" },
                  "conversation": { "id": "{{AlfaChannel}};messageid=1", "conversationType": "channel", "tenantId": "t-fuzz" },
                  "channelData": { "tenant": { "id": "t-fuzz" }, "channel": { "id": "{{AlfaChannel}}" } }, "text": "{{text}}",
                  "entities": [ { "type": "mention", "text": "<at>Luis Soto</at>", "mentioned": { "id": "29:user-luis", "name": "Luis Soto" } } ] }
                """;
            var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Contains(fixture.BotFramework.SentActivities(), a => System.Text.Json.JsonSerializer.Serialize(a, MesaBot.Protocol.ProtocolJson.Options).Contains("T-1"));
    }

    private static string Shorten(string body) => body.Length <= 400 ? body : body[..400] + "…";

    /// <summary>Every Error or Critical line the host logs, with its exception.</summary>
    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            // The start-up notice that authentication is off is loud on purpose; it is not a request's error.
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && !category.EndsWith("AuthenticationModeAnnouncer", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lines.Enqueue($"{category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message} {exception?.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("MesaBot."))?.Trim()}");
                }
            }
        }
    }
}
