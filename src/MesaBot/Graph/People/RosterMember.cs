using System.Text.Json;
using MesaBot.Protocol;

namespace MesaBot.Graph;

/// <summary>The Teams-specific fields of a roster entry (TeamsChannelAccount), which our ChannelAccount keeps as extension data.</summary>
internal sealed record RosterMember(string? Email, string? UserPrincipalName, string? UserRole, string? TenantId)
{
    public bool IsGuest => string.Equals(UserRole, "guest", StringComparison.OrdinalIgnoreCase)
        || (UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);

    public static RosterMember From(ChannelAccount account) => new(
        Text(account, "email"), Text(account, "userPrincipalName"), account.UserRole ?? Text(account, "userRole"), Text(account, "tenantId"));

    private static string? Text(ChannelAccount account, string name) =>
        account.ExtensionData is { } data && data.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
