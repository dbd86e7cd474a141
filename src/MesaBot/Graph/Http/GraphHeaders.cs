namespace MesaBot.Graph;

/// <summary>The ids Microsoft support asks for when a Graph call fails.</summary>
internal static class GraphHeaders
{
    public const string RequestIdName = "request-id";
    public const string ClientRequestIdName = "client-request-id";

    public static string? RequestId(HttpResponseMessage response) => First(response, RequestIdName);

    public static string? ClientRequestId(HttpRequestMessage request, HttpResponseMessage? response) =>
        (response is null ? null : First(response, ClientRequestIdName))
        ?? (request.Headers.TryGetValues(ClientRequestIdName, out var sent) ? sent.FirstOrDefault() : null);

    public static string? First(IDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static string? First(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
