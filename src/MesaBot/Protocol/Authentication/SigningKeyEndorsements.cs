using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MesaBot.Protocol.Authentication;

/// <summary>
/// The Bot Framework publishes, next to each signing key, the channels it may sign for ("endorsements").
/// Microsoft.IdentityModel keeps that non-standard member in the key's AdditionalData.
/// </summary>
internal static class SigningKeyEndorsements
{
    public static IReadOnlyCollection<string> Of(OpenIdConnectConfiguration config, string? keyId)
    {
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Select(e => e.GetString()).OfType<string>()],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(i => i?.ToString()).OfType<string>()],
            _ => [],
        };
    }
}
