using System.Net;
using Microsoft.IdentityModel.Protocols;

namespace MesaBot.Protocol.Authentication;

/// <summary>Builds the source of the Bot Framework's OpenID metadata and keys.</summary>
internal static class OpenIdMetadata
{
    public static SigningKeySource Create(string metadataUrl, HttpClient http, TimeProvider time)
    {
        var uri = new Uri(metadataUrl, UriKind.Absolute);
        // Plain http is only ever allowed for an issuer on this machine: that is how tests serve their keys.
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(uri) };
        return new SigningKeySource(metadataUrl, retriever, time);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
}
