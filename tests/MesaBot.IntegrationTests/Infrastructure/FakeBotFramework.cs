using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MesaBot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// The Bot Framework as seen from the bot, on 127.0.0.1: an OpenID issuer publishing a test signing key
/// (endorsed for msteams), and a Connector that records every activity the bot sends.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextActivityId;

    private FakeBotFramework(WebApplication app, RsaSecurityKey signingKey)
    {
        _app = app;
        SigningKey = signingKey;
    }

    public RsaSecurityKey SigningKey { get; }

    /// <summary>Keys published besides <see cref="SigningKey"/>; a test adds one to simulate a key rotation.</summary>
    public ConcurrentQueue<RsaSecurityKey> RotatedInKeys { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public string OpenIdMetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>The service URL activities say they come from; the connector lives there.</summary>
    public string ServiceUrl => BaseUrl + "/connector/";

    /// <summary>Endorsements published with the signing key; tests change them to check the endorsement rule.</summary>
    public string[] Endorsements { get; set; } = ["msteams"];

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>
    /// Whether a posted activity is parsed into <see cref="RecordedCall.Activity"/> (the tests read it). The chat benchmark
    /// turns it off: it checks the bytes only, and parsing each 10 KB card on the cores the measured processes share charges
    /// this test double's work to the turn's latency (the real Connector parses on Microsoft's machines).
    /// </summary>
    public bool ParsesActivities { get; set; } = true;

    /// <summary>The roster every conversation answers with.</summary>
    public IReadOnlyList<RosterMember> Members { get; set; } =
    [
        new("29:user-ana", "Ana Pérez", "aad-ana"),
        new("29:user-luis", "Luis Soto", "aad-luis"),
        new("29:user-francisca", "Francisca Rojas", "aad-francisca"),
        new("29:guest-cchc", "Pedro Invitado (CChC)", "aad-guest", "guest"),
    ];

    /// <summary>Rosters of particular conversations (by conversation id); every other one answers <see cref="Members"/>.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<RosterMember>> MembersOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Status the connector answers with the next calls (then 200 again); for retry tests.</summary>
    public ConcurrentQueue<(int Status, string? RetryAfter)> ScriptedFailures { get; } = new();

    public static async Task<FakeBotFramework> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotFramework(app, new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" });
        fake.MapRoutes();
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public IReadOnlyList<Activity> SentActivities() =>
        [.. Calls.Where(c => c.Method is "POST" or "PUT" && c.Path.Contains("/activities")).Select(c => c.Activity!)];

    private void MapRoutes()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.example/authorize",
            jwks_uri = BaseUrl + "/v1/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        _app.MapGet("/v1/keys", () =>
        {
            var keys = new JsonArray([.. new[] { SigningKey }.Concat(RotatedInKeys).Select(k => (JsonNode)Jwk(k))]);
            return Results.Json(new JsonObject { ["keys"] = keys });
        });
        _app.Map("/connector/{**path}", (Delegate)RecordAsync);
    }

    private JsonObject Jwk(RsaSecurityKey signingKey)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(signingKey);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E,
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]),
        };
    }

    private async Task<IResult> RecordAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        Activity? activity = null;
        if (ParsesActivities && body.Length > 0 && http.Request.Path.Value!.Contains("/activities"))
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }

        Calls.Enqueue(new RecordedCall(http.Request.Method, http.Request.Path.Value!, http.Request.Headers.Authorization.ToString(), body, activity));
        if (ScriptedFailures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = "Scripted", message = "scripted failure" } }, statusCode: failure.Status);
        }

        if (http.Request.Path.Value!.EndsWith("/members", StringComparison.Ordinal))
        {
            var path = http.Request.Path.Value!;
            var start = path.IndexOf("/conversations/", StringComparison.Ordinal) + "/conversations/".Length;
            var conversation = Uri.UnescapeDataString(path[start..^"/members".Length]);
            var roster = MembersOf.TryGetValue(conversation, out var own) ? own : Members;
            return Results.Json(roster.Select(m => new { id = m.TeamsId, name = m.Name, objectId = m.ObjectId, userRole = m.Role }));
        }

        return Results.Json(new { id = "activity-" + Interlocked.Increment(ref _nextActivityId) });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RosterMember(string TeamsId, string Name, string ObjectId, string Role = "user");

public sealed record RecordedCall(string Method, string Path, string Authorization, string Body, Activity? Activity);
