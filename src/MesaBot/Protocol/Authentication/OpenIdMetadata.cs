using System.Net;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MesaBot.Protocol.Authentication;

/// <summary>Builds the cached, self-refreshing reader of the Bot Framework's OpenID metadata and keys.</summary>
internal static class OpenIdMetadata
{
    public static IConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl, HttpClient http)
    {
        var uri = new Uri(metadataUrl, UriKind.Absolute);
        // Plain http is only ever allowed for an issuer on this machine: that is how tests serve their keys.
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(uri) };
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
}
