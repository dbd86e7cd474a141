using MesaBot.Protocol.Authentication;

namespace MesaBot.Protocol.Connector;

/// <summary>
/// Where a bot token may be sent: only to https service URLs, or to http on this machine when the host
/// runs in Development (the Playground and the tests' fake connector).
/// </summary>
public sealed class ServiceUrlPolicy(bool allowLoopbackHttp)
{
    public Uri Validate(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"Service URL '{serviceUrl}' is not an absolute URL.");
        }

        var allowed = uri.Scheme == Uri.UriSchemeHttps
            || (allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && OpenIdMetadata.IsLoopback(uri));
        return allowed ? uri : throw new InvalidOperationException($"Refusing to call non-https service URL '{uri.GetLeftPart(UriPartial.Authority)}'.");
    }
}
