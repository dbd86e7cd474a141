using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MesaBot.Graph;

/// <summary>
/// A GraphServiceClient per use, over an HttpClient from the factory (so handlers rotate as the factory
/// intends) carrying the SDK's middleware with the resilience handler (<see cref="GraphResilience"/>) in place of its retries.
/// </summary>
internal sealed class GraphClientProvider(IHttpClientFactory httpClients, IGraphTokenProvider tokens, GraphOptions options)
{
    public const string HttpClientName = "graph";

    private readonly Uri _baseUrl = new(options.BaseUrl.TrimEnd('/'));

    public GraphServiceClient Create()
    {
        var authentication = new BaseBearerTokenAuthenticationProvider(new GraphAccessTokenProvider(tokens, _baseUrl));
        return new GraphServiceClient(httpClients.CreateClient(HttpClientName), authentication, _baseUrl.AbsoluteUri.TrimEnd('/'));
    }
}
