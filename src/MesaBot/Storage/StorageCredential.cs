using Azure.Core;
using Azure.Identity;

namespace MesaBot.Storage;

/// <summary>The identity the host uses for storage in Azure: its user-assigned managed identity when named.</summary>
internal static class StorageCredential
{
    public static TokenCredential For(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
