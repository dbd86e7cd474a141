using Azure.Core;
using Azure.Identity;
using MesaBot.Protocol.Authentication;

namespace MesaBot.Graph;

/// <summary>
/// The identity MesaBot calls Graph as. In Azure that is the user-assigned managed identity the Graph
/// permissions are granted to (docs/deploy.md step 6) in both bot modes; elsewhere the bot's own app
/// registration, always in its real tenant (Graph has no "botframework.com" tenant).
/// </summary>
internal static class GraphCredentials
{
    public static TokenCredential Create(GraphOptions graph, BotAuthenticationOptions bot, string? azureClientId)
    {
        var identity = FirstSet(graph.ManagedIdentityClientId, azureClientId)
            ?? (IsManagedIdentityBot(bot) ? bot.MicrosoftAppId : null);
        if (identity is not null)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(identity));
        }

        if (!HasIdentity(graph, bot, azureClientId))
        {
            throw new CredentialUnavailableException(
                "Graph has no identity: set Graph:ManagedIdentityClientId or AZURE_CLIENT_ID, or MicrosoftAppId, MicrosoftAppTenantId and a secret or certificate; or Graph:Enabled=false.");
        }

        return string.IsNullOrWhiteSpace(bot.MicrosoftAppCertificatePath)
            ? new ClientSecretCredential(bot.MicrosoftAppTenantId, bot.MicrosoftAppId, bot.MicrosoftAppPassword)
            : new ClientCertificateCredential(bot.MicrosoftAppTenantId, bot.MicrosoftAppId, bot.MicrosoftAppCertificatePath);
    }

    public static bool HasIdentity(GraphOptions graph, BotAuthenticationOptions bot, string? azureClientId) =>
        FirstSet(graph.ManagedIdentityClientId, azureClientId) is not null
        || (IsManagedIdentityBot(bot) && !string.IsNullOrWhiteSpace(bot.MicrosoftAppId))
        || (FirstSet(bot.MicrosoftAppId) is not null && FirstSet(bot.MicrosoftAppTenantId) is not null
            && FirstSet(bot.MicrosoftAppPassword, bot.MicrosoftAppCertificatePath) is not null);

    private static bool IsManagedIdentityBot(BotAuthenticationOptions bot) =>
        string.Equals(bot.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
