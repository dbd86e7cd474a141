using Microsoft.Kiota.Abstractions.Authentication;

namespace MesaBot.Graph;

/// <summary>
/// Feeds our token provider to the Graph SDK. Kiota's Azure.Identity provider would refuse the plain-http
/// fake Graph of the tests; this one sends the token to the configured base URL's host and nowhere else.
/// </summary>
internal sealed class GraphAccessTokenProvider(IGraphTokenProvider tokens, Uri baseUrl) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([baseUrl.Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        AllowedHostsValidator.IsUrlHostValid(uri) ? await tokens.GetTokenAsync(cancellationToken) : string.Empty;
}
