using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>
/// Microsoft Graph v1.0 on 127.0.0.1, answering the calls MesaBot makes with Graph's own shapes: users by
/// id or UPN (and $filter=mail), Teams app installs, sendMail; errors as {"error":{code,message,innerError}}
/// with request-id and client-request-id headers.
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    public const string Tenant = "mop.onmicrosoft.com";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, GraphUserRecord> _users = new(StringComparer.OrdinalIgnoreCase);

    private FakeGraph(WebApplication app) => _app = app;

    /// <summary>Graph's root as MesaBot is configured with it (Graph:BaseUrl).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<GraphCall> Calls { get; } = new();

    /// <summary>Statuses answered to the next requests, whatever they ask (then normal service again).</summary>
    public ConcurrentQueue<(int Status, string? RetryAfter)> ScriptedFailures { get; } = new();

    /// <summary>Users for whom MesaBot is already installed (a new install answers 409).</summary>
    public ConcurrentDictionary<string, bool> InstalledFor { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>False simulates an app without TeamsAppInstallation.ReadWriteSelfForUser.All (403).</summary>
    public bool InstallPermission { get; set; } = true;

    /// <summary>False simulates Mail.Send refused by the application access policy (403).</summary>
    public bool MailPermission { get; set; } = true;

    /// <summary>Meeting transcripts by onlineMeeting id: each one's id, creation time and WebVTT content.</summary>
    public ConcurrentDictionary<string, List<FakeTranscript>> Transcripts { get; } = new(StringComparer.Ordinal);

    /// <summary>Set to answer every transcript request with this status and Graph error code (403 GraphAccessToTranscriptsDisabled, 402…).</summary>
    public (int Status, string Code)? TranscriptRefusal { get; set; }

    /// <summary>The Accept header of each transcript content request.</summary>
    public ConcurrentQueue<string> TranscriptAccepts { get; } = new();

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        fake.MapRoutes();
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1.0";
        return fake;
    }

    public GraphUserRecord AddUser(string id, string displayName, string? mail, string userPrincipalName, string userType = "Member")
    {
        var user = new GraphUserRecord(id, displayName, mail, userPrincipalName, userType);
        _users[id] = user;
        return user;
    }

    public int CountCalls(string method, string pathContains) =>
        Calls.Count(c => c.Method == method && c.Path.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    private void MapRoutes()
    {
        _app.Use(async (http, next) =>
        {
            // Kept as bytes too: a file upload is not text.
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var bytes = buffer.ToArray();
            var body = System.Text.Encoding.UTF8.GetString(bytes);
            http.Items["bytes"] = bytes;
            Calls.Enqueue(new GraphCall(http.Request.Method, Uri.UnescapeDataString(http.Request.Path.Value!), http.Request.QueryString.Value ?? string.Empty,
                http.Request.Headers.Authorization.ToString(), body));
            http.Items["body"] = body;
            http.Response.Headers["request-id"] = Guid.NewGuid().ToString();
            http.Response.Headers["client-request-id"] = http.Request.Headers["client-request-id"].FirstOrDefault() ?? Guid.NewGuid().ToString();
            if (ScriptedFailures.TryDequeue(out var failure))
            {
                if (failure.RetryAfter is not null)
                {
                    http.Response.Headers.RetryAfter = failure.RetryAfter;
                }

                var code = failure.Status == 429 ? "TooManyRequests" : "ServiceNotAvailable";
                await Error(http, failure.Status, code, "Scripted failure.").ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        _app.MapGet("/v1.0/users/{key}", (string key, HttpContext http) => FindUser(key) is { } user
            ? Results.Json(user.ToGraph("#users/$entity"))
            : Error(http, 404, "Request_ResourceNotFound", $"Resource '{key}' does not exist or one of its queried reference-property objects are not present."));
        _app.MapGet("/v1.0/users", (HttpContext http) => ListUsers(http));
        _app.MapGet("/v1.0/users/{organizer}/onlineMeetings/{meeting}/transcripts", (string organizer, string meeting, HttpContext http) => ListTranscripts(organizer, meeting, http));
        _app.MapGet("/v1.0/users/{organizer}/onlineMeetings/{meeting}/transcripts/{id}/content", (string organizer, string meeting, string id, HttpContext http) => TranscriptContent(meeting, id, http));
        _app.MapPost("/v1.0/users/{key}/teamwork/installedApps", (string key, HttpContext http) => Install(key, http));
        _app.MapPost("/v1.0/users/{key}/sendMail", (string key, HttpContext http) => MailPermission
            ? Results.StatusCode(202)
            : Error(http, 403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."));
        MapFiles();
    }

    private GraphUserRecord? FindUser(string key) =>
        _users.TryGetValue(key, out var byId) ? byId
        : _users.Values.FirstOrDefault(u => string.Equals(u.UserPrincipalName, key, StringComparison.OrdinalIgnoreCase));

    private IResult ListUsers(HttpContext http)
    {
        var filter = http.Request.Query["$filter"].ToString();
        var match = MailFilter().Match(filter);
        if (!match.Success)
        {
            return Error(http, 400, "Request_UnsupportedQuery", "Unsupported query.");
        }

        var mail = match.Groups["mail"].Value.Replace("''", "'", StringComparison.Ordinal);
        var found = _users.Values.Where(u => string.Equals(u.Mail, mail, StringComparison.OrdinalIgnoreCase)).Select(u => u.ToGraph(null));
        return Results.Json(new Dictionary<string, object?>
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,mail,userPrincipalName,userType)",
            ["value"] = found.ToArray(),
        });
    }

    private IResult Install(string key, HttpContext http)
    {
        if (!InstallPermission)
        {
            return Error(http, 403, "Forbidden",
                "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All, TeamsAppInstallation.ReadWriteForUser.All'.");
        }

        if (FindUser(key) is null)
        {
            return Error(http, 404, "NotFound", $"User {key} not found.");
        }

        if (!InstalledFor.TryAdd(key, true))
        {
            return Error(http, 409, "Conflict", "App is already installed for this user.");
        }

        return Results.Json(new Dictionary<string, object?>
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{key}')/teamwork/installedApps/$entity",
            ["id"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
        }, statusCode: 201);
    }

    private IResult ListTranscripts(string organizer, string meeting, HttpContext http)
    {
        if (TranscriptRefusal is { } refusal)
        {
            return Error(http, refusal.Status, refusal.Code, "Application does not have access to transcripts of this meeting.");
        }

        if (!Transcripts.TryGetValue(meeting, out var transcripts))
        {
            return Error(http, 404, "NotFound", $"Meeting {meeting} of {organizer} not found.");
        }

        return Results.Json(new Dictionary<string, object?>
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{organizer}')/onlineMeetings('{meeting}')/transcripts",
            ["value"] = transcripts.Select(t => new Dictionary<string, object?>
            {
                ["id"] = t.Id,
                ["meetingId"] = meeting,
                ["meetingOrganizerId"] = organizer,
                ["createdDateTime"] = t.Created.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["transcriptContentUrl"] = $"https://graph.microsoft.com/v1.0/users/{organizer}/onlineMeetings/{meeting}/transcripts/{t.Id}/content",
            }).ToArray(),
        });
    }

    private IResult TranscriptContent(string meeting, string id, HttpContext http)
    {
        TranscriptAccepts.Enqueue(http.Request.Headers.Accept.ToString());
        if (TranscriptRefusal is { } refusal)
        {
            return Error(http, refusal.Status, refusal.Code, "Application does not have access to transcripts of this meeting.");
        }

        var transcript = Transcripts.GetValueOrDefault(meeting)?.FirstOrDefault(t => t.Id == id);
        if (transcript is null)
        {
            return Error(http, 404, "NotFound", $"Transcript {id} not found.");
        }

        // Graph answers WebVTT only when asked for it; otherwise the older docx.
        return http.Request.Headers.Accept.ToString().Contains("text/vtt", StringComparison.Ordinal)
            ? Results.Text(transcript.Vtt, "text/vtt")
            : Results.Bytes([0x50, 0x4B, 0x03, 0x04], "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    internal static IResult Error(HttpContext http, int status, string code, string message) => Results.Json(new
    {
        error = new
        {
            code,
            message,
            innerError = new Dictionary<string, string?>
            {
                ["date"] = "2026-11-25T12:00:00",
                ["request-id"] = http.Response.Headers["request-id"],
                ["client-request-id"] = http.Response.Headers["client-request-id"],
            },
        },
    }, statusCode: status);

    [GeneratedRegex(@"^mail eq '(?<mail>(?:[^']|'')*)'$")]
    private static partial Regex MailFilter();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A meeting transcript the fake serves: its id, when Teams created it and its WebVTT.</summary>
public sealed record FakeTranscript(string Id, DateTimeOffset Created, string Vtt);

public sealed record GraphCall(string Method, string Path, string Query, string Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

public sealed record GraphUserRecord(string Id, string DisplayName, string? Mail, string UserPrincipalName, string UserType)
{
    public Dictionary<string, object?> ToGraph(string? context)
    {
        var json = new Dictionary<string, object?>();
        if (context is not null)
        {
            json["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata" + context;
        }

        json["id"] = Id;
        json["displayName"] = DisplayName;
        json["mail"] = Mail;
        json["userPrincipalName"] = UserPrincipalName;
        json["userType"] = UserType;
        return json;
    }
}
