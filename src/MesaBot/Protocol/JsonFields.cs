using System.Text.Json;

namespace MesaBot.Protocol;

/// <summary>
/// Reads a string field of raw activity JSON (entities, channelData, value) that a sender may have given
/// any type: a number, an object or null where a string belongs reads as absent, never as an exception.
/// </summary>
public static class JsonFields
{
    public static string? Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;
}
