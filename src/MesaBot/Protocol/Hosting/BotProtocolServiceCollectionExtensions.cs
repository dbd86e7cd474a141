using MesaBot.Http;
using MesaBot.Protocol.Authentication;
using MesaBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace MesaBot.Protocol.Hosting;

public static partial class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Authentication, the Connector client and its token provider. Refuses to start in Production without
    /// an app id; in Development without one, authentication is off and the log says so loudly.
    /// </summary>
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthenticationOptions>()
            .Bind(builder.Configuration)
            .Bind(builder.Configuration.GetSection("Bot"))
            .Validate(o => o.IsAuthenticationEnabled || !builder.Environment.IsProduction(),
                "MicrosoftAppId is required in Production: the bot never runs there without authentication.")
            .Validate(o => !o.IsAuthenticationEnabled || Uri.IsWellFormedUriString(o.OpenIdMetadataUrl, UriKind.Absolute),
                "Bot:OpenIdMetadataUrl must be an absolute URL.")
            .ValidateOnStart();

        services.AddHttpClient("openid", c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(sp => OpenIdMetadata.Create(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.OpenIdMetadataUrl,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("openid"),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ChannelTokenValidator>();

        services.AddSingleton(new ServiceUrlPolicy(allowLoopbackHttp: builder.Environment.IsDevelopment()));
        services.AddSingleton<IBotTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value is { IsAuthenticationEnabled: true } auth
                ? new AzureIdentityTokenProvider(BotCredentials.Create(auth), sp.GetRequiredService<TimeProvider>())
                : new AnonymousTokenProvider());
        services.AddOptions<ConnectorRetryOptions>()
            .Bind(builder.Configuration.GetSection(ConnectorRetryOptions.Section))
            .Validate(o => o.IsValid, $"{ConnectorRetryOptions.Section}: {ResilienceOptions.Rules}")
            .ValidateOnStart();
        // The pipeline's timeouts run on the injected clock; the client's own, on the wall clock, is only a
        // backstop beyond them (a fake clock in tests never fires a timeout by itself).
        // Without the factory's request logging: its lines are Information, which appsettings silences for
        // HttpClient, yet its two handlers still open a log scope and time every post of every turn; failures
        // reach the caller as ConnectorException (the turn boundary and the delivery worker log them) and calls
        // are traced by OpenTelemetry when an exporter is on.
        services.AddHttpClient<IConnectorClient, ConnectorClient>((sp, c) =>
                c.Timeout = sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value.TotalTimeout + TimeSpan.FromSeconds(10))
            .RemoveAllLoggers()
            .AddConnectorResilience();

        services.AddHostedService<AuthenticationModeAnnouncer>();
        // A request that fails unexpectedly answers problem+json with no exception details, in every environment.
        services.AddProblemDetails();
        return builder;
    }
}
