using System.Net;
using MesaBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace MesaBot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// People, proactive install and mail. With Graph off (the default in Development) people resolve from
    /// the roster alone and installs and mail answer "not configured"; nothing fails.
    /// </summary>
    public static WebApplicationBuilder AddMesaGraph(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>()
            .Bind(builder.Configuration.GetSection(GraphOptions.Section))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Graph:BaseUrl must be an absolute URL.")
            .Validate(o => o.CacheMinutes >= 0, "Graph:CacheMinutes cannot be negative.")
            .Validate(o => o.Retry.IsValid, $"Graph:Retry: {MesaBot.Http.ResilienceOptions.Rules}")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value);

        services.AddSingleton<PersonCache>();
        services.AddTransient<IPeopleDirectory, PeopleDirectory>();
        services.AddTransient<IPersonalChatOpener, PersonalChatOpener>();
        // Replaced by ConversationStore's per-user rows once they exist.
        services.TryAddSingleton<IPersonalConversations, StoredPersonalConversations>();
        services.AddSingleton<DigestMailer>();

        var enabled = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()?.IsEnabled(builder.Environment.IsDevelopment())
            ?? !builder.Environment.IsDevelopment();
        if (!enabled)
        {
            services.AddSingleton<IGraphUsers, UnconfiguredGraphUsers>();
            services.AddSingleton<IAppInstaller, UnconfiguredAppInstaller>();
            services.AddSingleton<IMailSender, UnconfiguredMailSender>();
            services.AddSingleton<IChannelFiles, UnconfiguredChannelFiles>();
            services.AddSingleton<IMeetingTranscripts, UnconfiguredMeetingTranscripts>();
            return builder;
        }

        // The credential is made on first use: a missing identity then fails that Graph call (logged, a
        // friendly result), not the host's start, whose validation reports the bot's own settings first.
        services.AddSingleton<IGraphTokenProvider>(sp => new AzureIdentityGraphTokenProvider(
            () => GraphCredentials.Create(
                sp.GetRequiredService<GraphOptions>(),
                sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
                builder.Configuration["AZURE_CLIENT_ID"]),
            sp.GetRequiredService<TimeProvider>()));
        // The pipeline's timeouts run on the injected clock; the client's own, on the wall clock, is only a backstop.
        services.AddHttpClient(GraphClientProvider.HttpClientName, (sp, c) =>
                c.Timeout = sp.GetRequiredService<GraphOptions>().Retry.TotalTimeout + TimeSpan.FromSeconds(10))
            // As the SDK's own handler: its redirect middleware follows redirects, and Graph compresses.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
            })
            // Resilience first, so each retry runs through the SDK's middleware again; the SDK's retry handler
            // is left out because it waits on the wall clock.
            .AddGraphResilience()
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var handler in GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler))
                {
                    handlers.Add(handler);
                }
            });
        services.AddSingleton<GraphClientProvider>();
        services.AddSingleton<IGraphUsers, GraphUsers>();
        services.AddSingleton<IAppInstaller, GraphAppInstaller>();
        services.AddSingleton<IMailSender, GraphMailSender>();
        services.AddSingleton<IChannelFiles, GraphChannelFiles>();
        services.AddSingleton<IMeetingTranscripts, GraphMeetingTranscripts>();
        return builder;
    }
}
