using MesaBot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real host in process, on the shared Azurite with its own table prefix, trusting the fake Bot
/// Framework's issuer and answering through its connector.
/// </summary>
public sealed class MesaBotFactory(FakeBotFramework botFramework, bool authentication = true, params string[] allowedTenants)
    : WebApplicationFactory<Program>
{
    public const string OutboundToken = "outbound-test-token";

    /// <summary>Wednesday 25 November 2026, 09:00 in Santiago (UTC−3 in summer time).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The host's clock: tests move it instead of waiting.</summary>
    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>More services for one fixture's host (e.g. test doubles of another part's interfaces).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>More settings for one fixture's host (e.g. Graph pointed at a fake), applied after the defaults.</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Set to another host's prefix for a second instance on the same tables (scale-out).</summary>
    public string TablePrefix { get; init; } = SharedAzurite.NewTablePrefix();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", SharedAzurite.ConnectionString);
        builder.UseSetting("Storage:TablePrefix", TablePrefix);
        builder.UseSetting("Bot:OpenIdMetadataUrl", botFramework.OpenIdMetadataUrl);
        builder.UseSetting("Bot:ConnectorRetry:BaseDelay", "00:00:00.010");
        // Quiet test output: a test that wants the console exporter sets this back to true.
        builder.UseSetting("Telemetry:Console", "false");
        builder.UseSetting("MicrosoftAppId", authentication ? TestToken.AppId : string.Empty);
        for (var i = 0; i < allowedTenants.Length; i++)
        {
            builder.UseSetting($"Bot:AllowedTenantIds:{i}", allowedTenants[i]);
        }

        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            // Azure.Identity cannot be pointed at a local identity service, so the token provider is the seam.
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider(authentication ? OutboundToken : null));
            ExtraServices?.Invoke(services);
        });
    }

    private sealed class StaticTokenProvider(string? token) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
    }
}
