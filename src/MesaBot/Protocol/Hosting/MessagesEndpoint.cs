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

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IBot bot,
        ChannelTokenValidator tokens,
        IOptions<BotAuthenticationOptions> auth,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("MesaBot.Protocol.Messages");
        var body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
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
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Type is not { Length: > 0 })
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity",
                detail: "The body must be one JSON Bot Framework activity with a type.");
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
