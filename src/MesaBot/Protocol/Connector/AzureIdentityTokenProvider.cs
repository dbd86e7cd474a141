using Azure.Core;
using Azure.Identity;
using MesaBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace MesaBot.Protocol.Connector;

/// <summary>
/// Client-credential tokens for the Bot Connector, from the credential the app type calls for, kept
/// until five minutes before they expire.
/// </summary>
internal sealed class AzureIdentityTokenProvider(IOptions<BotAuthenticationOptions> options, TimeProvider time) : IBotTokenProvider
{
    private const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<TokenCredential> _credential = new(() => CreateCredential(options.Value));
    private AccessToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_cached))
        {
            return _cached!.Value.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_cached))
            {
                _cached = await _credential.Value.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            }

            return _cached!.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(AccessToken? token) => token is { } t && t.ExpiresOn - RefreshMargin > time.GetUtcNow();

    private static TokenCredential CreateCredential(BotAuthenticationOptions o)
    {
        var appId = o.MicrosoftAppId!;
        if (string.Equals(o.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
        }

        // Legacy multi-tenant bots take their tokens from the botframework.com tenant.
        var tenant = string.Equals(o.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase)
            ? "botframework.com"
            : o.MicrosoftAppTenantId;
        if (!string.IsNullOrWhiteSpace(o.MicrosoftAppCertificatePath))
        {
            return new ClientCertificateCredential(tenant, appId, o.MicrosoftAppCertificatePath);
        }

        return new ClientSecretCredential(tenant, appId, o.MicrosoftAppPassword);
    }
}
