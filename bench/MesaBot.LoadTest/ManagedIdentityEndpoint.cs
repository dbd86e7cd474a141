using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MesaBot.LoadTest;

/// <summary>
/// An App Service managed-identity endpoint on 127.0.0.1 (IDENTITY_ENDPOINT / IDENTITY_HEADER). The host
/// runs as a separate process, so its outbound Bot Connector token cannot be replaced in DI as the tests
/// do: it runs as MicrosoftAppType=UserAssignedMSI and Azure.Identity fetches its token here (once; the
/// host caches it), exactly as it would on App Service.
/// </summary>
public sealed class ManagedIdentityEndpoint : IAsyncDisposable
{
    public const string Header = "bench-identity-header";

    private readonly WebApplication _app;

    private ManagedIdentityEndpoint(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public int TokensIssued { get; private set; }

    public static async Task<ManagedIdentityEndpoint> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new ManagedIdentityEndpoint(app);
        app.MapGet("/msi/token", (HttpContext http) =>
        {
            if (http.Request.Headers["X-IDENTITY-HEADER"] != Header)
            {
                return Results.Unauthorized();
            }

            endpoint.TokensIssued++;
            return Results.Json(new
            {
                access_token = "bench-outbound-token",
                expires_on = time.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(),
                resource = http.Request.Query["resource"].ToString(),
                token_type = "Bearer",
                client_id = http.Request.Query["client_id"].ToString(),
            });
        });
        await app.StartAsync();
        endpoint.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/msi/token";
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
