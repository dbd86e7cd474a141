using System.Text.Json;

namespace MesaBot.Protocol.Connector;

/// <summary>Turns a failed Connector response into a <see cref="ConnectorException"/> with Teams' error code.</summary>
internal static class ConnectorErrors
{
    public static async Task<ConnectorException> ToExceptionAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var code = TryReadErrorCode(body);
        var message = $"{request.Method} {request.RequestUri?.AbsolutePath} answered {(int)response.StatusCode} {code}".TrimEnd();
        return new ConnectorException(response.StatusCode, code, message);
    }

    // Teams answers {"error": {"code": "...", "message": "..."}}.
    private static string? TryReadErrorCode(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
