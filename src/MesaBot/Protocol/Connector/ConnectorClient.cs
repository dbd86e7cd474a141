using System.Net.Http.Headers;
using System.Text.Json;

namespace MesaBot.Protocol.Connector;

/// <summary>The Bot Connector REST API over HttpClient (retries, timeouts and the circuit breaker: <see cref="ConnectorResilience"/>).</summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, ServiceUrlPolicy serviceUrls) : IConnectorClient
{
    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken)
        ?? new ResourceResponse(activityId);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken)
        ?? throw new InvalidOperationException("The connector created a conversation but returned no id.");

    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        await SendAsync<List<ChannelAccount>>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null, cancellationToken)
        ?? [];

    /// <returns>The parsed body, or null when the connector answered with none (some answer 200 or 201 empty).</returns>
    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        var baseUri = serviceUrls.Validate(serviceUrl);
        using var request = new HttpRequestMessage(method, new Uri(WithTrailingSlash(baseUri), path));
        if (body is not null)
        {
            // Bytes rather than a streaming JsonContent, so the resilience handler can send the same request again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ConnectorErrors.ToExceptionAsync(request, response, cancellationToken);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return bytes.Length == 0 ? null : JsonSerializer.Deserialize<T>(bytes, ProtocolJson.Options);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
