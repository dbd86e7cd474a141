using Azure.Core;
using Azure.Identity;
using MesaBot.Protocol.Authentication;

namespace MesaBot.Protocol.Connector;

/// <summary>The Azure.Identity credential the Azure Bot's app type calls for.</summary>
internal static class BotCredentials
{
    public static TokenCredential Create(BotAuthenticationOptions o)
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
        return string.IsNullOrWhiteSpace(o.MicrosoftAppCertificatePath)
            ? new ClientSecretCredential(tenant, appId, o.MicrosoftAppPassword)
            : new ClientCertificateCredential(tenant, appId, o.MicrosoftAppCertificatePath);
    }
}
