using System.Text.Json;
using MesaBot.Protocol.Authentication;
using MesaBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace MesaBot.Protocol.Hosting;

/// <summary>
/// POST /api/messages. The order of checks is deliberate: size, then the token, then the JSON, then the
/// checks that need both (service URL, endorsement, tenant). Nothing reaches the bot until all pass.
/// </summary>
public static partial class MessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// Maps the endpoint behind an exception handler of its own: even in Development (where ASP.NET Core
    /// would show the developer page) a failure answers a bare problem+json 500, never a stack trace.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this WebApplication app, string pattern = "/api/messages")
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        return app.MapPost(pattern, HandleAsync);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IBot bot,
        ChannelTokenValidator tokens,
        IOptions<BotAuthenticationOptions> auth,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("MesaBot.Protocol.Messages");
        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // A body that breaks HTTP framing (bad chunking, a length it does not have) is the client's error.
            return Results.Problem(statusCode: ex.StatusCode, title: "Unreadable request body");
        }

        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");
        }

        BotCaller? caller = null;
        if (auth.Value.IsAuthenticationEnabled)
        {
            caller = await tokens.ValidateAsync(http.Request.Headers.Authorization, cancellationToken);
            if (caller is null)
            {
                return Results.Unauthorized();
            }
        }

        Activity? activity;
        try
        {
            activity = ActivityShape.HasInvalidText(body) ? null : JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        var problem = activity is null ? ActivityShape.NotAnActivity : ActivityShape.Problem(activity);
        if (activity is null || problem is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity", detail: problem);
        }

        if (caller is not null && !caller.MayDeliver(activity))
        {
            Log.RefusedServiceUrlOrChannel(logger, activity.ChannelId, activity.ServiceUrl);
            return Results.Unauthorized();
        }

        var allowed = auth.Value.AllowedTenantIds;
        if (allowed.Length > 0 && !allowed.Contains(activity.GetTenantId(), StringComparer.OrdinalIgnoreCase))
        {
            Log.RefusedTenant(logger, activity.GetTenantId());
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation?.Id,
        });
        var response = await bot.OnTurnAsync(activity, cancellationToken);
        return response is null
            ? Results.Ok()
            : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Activity refused: token not issued for channel {ChannelId} at {ServiceUrl}")]
        public static partial void RefusedServiceUrlOrChannel(ILogger logger, string? channelId, string? serviceUrl);

        [LoggerMessage(2, LogLevel.Warning, "Activity refused: tenant {TenantId} is not in Bot:AllowedTenantIds")]
        public static partial void RefusedTenant(ILogger logger, string? tenantId);
    }
}
