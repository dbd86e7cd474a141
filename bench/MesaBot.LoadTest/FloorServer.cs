using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Data.Tables;
using MesaBot.Protocol;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.LoadTest;

/// <summary>
/// The floor: the least any implementation of `pendientes` must do, as a bare minimal endpoint in its own
/// process (so its CPU is measured alone). Parse the activity, one Azurite query for the mesa's open rows
/// (one partition range), one POST of a small card to the connector, 200. /floor has no authentication;
/// /floor-jwt also validates the channel token (RS256 against keys fetched once from the issuer), the
/// one piece of security no implementation may skip, so the comparison with the bot is fair.
/// </summary>
public static class FloorServer
{
    public const string Mode = "floor";

    public static async Task RunAsync()
    {
        var storage = Environment.GetEnvironmentVariable("FLOOR_STORAGE")!;
        var partition = Environment.GetEnvironmentVariable("FLOOR_PARTITION")!;
        var table = new TableClient(storage, Environment.GetEnvironmentVariable("FLOOR_TABLE")!);
        var mesas = new TableClient(storage, Environment.GetEnvironmentVariable("FLOOR_MESAS_TABLE")!);
        var (mesaPartition, mesaRow) = (Environment.GetEnvironmentVariable("FLOOR_MESA_PARTITION")!, Environment.GetEnvironmentVariable("FLOOR_MESA_ROW")!);
        var metadata = await OpenIdConnectConfigurationRetriever.GetAsync(
            Environment.GetEnvironmentVariable("FLOOR_OPENID")!, new HttpDocumentRetriever { RequireHttps = false }, CancellationToken.None);
        var validation = new TokenValidationParameters
        {
            ValidIssuer = "https://api.botframework.com",
            ValidAudience = Environment.GetEnvironmentVariable("FLOOR_AUDIENCE"),
            IssuerSigningKeys = metadata.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
        var tokens = new JsonWebTokenHandler { MapInboundClaims = false };
        var connector = new HttpClient();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"open|"} and RowKey lt {"open}"}");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/ready", () => Results.Ok());
        app.MapPost("/floor", (Delegate)((HttpContext http) => TurnAsync(http, table, filter, connector)));
        async Task<bool> ValidAsync(HttpContext http)
        {
            var header = http.Request.Headers.Authorization.ToString();
            return (await tokens.ValidateTokenAsync(header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : string.Empty, validation)).IsValid;
        }

        app.MapPost("/floor-jwt", async (HttpContext http) =>
            await ValidAsync(http) ? await TurnAsync(http, table, filter, connector) : Results.Unauthorized());
        // Diagnostic, not a floor: floor+jwt plus the point read of the conversation's mesa row that the
        // bot makes first, i.e. the bot's two storage round trips with none of its code.
        app.MapPost("/floor-jwt-lookup", async (HttpContext http) =>
        {
            if (!await ValidAsync(http))
            {
                return Results.Unauthorized();
            }

            var mesa = await mesas.GetEntityIfExistsAsync<TableEntity>(mesaPartition, mesaRow, cancellationToken: http.RequestAborted);
            return mesa.HasValue ? await TurnAsync(http, table, filter, connector) : Results.NotFound();
        });
        // Diagnostic, not a floor: floor+jwt posting the bot's own card (its bytes, written by the benchmark before the
        // first call), so the two differ only in the work before the post: what the card's size costs on the wire.
        var botCard = new Lazy<byte[]>(() => File.ReadAllBytes(Environment.GetEnvironmentVariable("FLOOR_CARD_FILE")!));
        app.MapPost("/floor-jwt-card", async (HttpContext http) =>
            await ValidAsync(http) ? await TurnAsync(http, table, filter, connector, botCard.Value) : Results.Unauthorized());
        await app.RunAsync();
    }

    private static async Task<IResult> TurnAsync(HttpContext http, TableClient table, string filter, HttpClient connector, byte[]? reply = null)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ProtocolJson.Options, http.RequestAborted);
        if (activity?.ServiceUrl is null || activity.Conversation?.Id is null)
        {
            return Results.BadRequest();
        }

        var rows = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, cancellationToken: http.RequestAborted))
        {
            rows++;
        }

        var card = reply ?? JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            replyToId = activity.Id,
            attachments = new[]
            {
                new { contentType = "application/vnd.microsoft.card.adaptive", content = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = $"{rows} pendientes" } } } },
            },
        });
        using var content = new ByteArrayContent(card);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
        var url = $"{activity.ServiceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(activity.Conversation.Id)}/activities";
        using var response = await connector.PostAsync(url, content, http.RequestAborted);
        return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
    }
}
