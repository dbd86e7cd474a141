using MesaBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace MesaBot.Protocol.Hosting;

/// <summary>Says at start-up, where an operator will see it, whether inbound tokens are checked.</summary>
internal sealed partial class AuthenticationModeAnnouncer(
    IOptions<BotAuthenticationOptions> options, ILogger<AuthenticationModeAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.IsAuthenticationEnabled)
        {
            Log.Enabled(logger, o.MicrosoftAppId!, o.MicrosoftAppType, o.AllowedTenantIds.Length);
        }
        else
        {
            Log.Disabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Inbound authentication ON for app {AppId} ({AppType}); tenant allow-list has {TenantCount} entries")]
        public static partial void Enabled(ILogger logger, string appId, string appType, int tenantCount);

        [LoggerMessage(2, LogLevel.Critical, "*** AUTHENTICATION IS OFF *** No MicrosoftAppId is set and the environment is Development: every request to /api/messages is accepted without a token. Never expose this host.")]
        public static partial void Disabled(ILogger logger);
    }
}
