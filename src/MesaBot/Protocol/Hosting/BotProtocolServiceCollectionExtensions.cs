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
        services.AddOptions<ConnectorRetryOptions>().Bind(builder.Configuration.GetSection("Bot:ConnectorRetry"));
        services.AddTransient(sp => new ConnectorRetryHandler(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value));
        services.AddHttpClient<IConnectorClient, ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorRetryHandler>();

        services.AddHostedService<AuthenticationModeAnnouncer>();
        // A request that fails unexpectedly answers problem+json with no exception details, in every environment.
        services.AddProblemDetails();
        return builder;
    }
}
