using System.Text.Json;
using System.Text.Json.Nodes;

namespace MesaBot.Cards;

internal static class JsonSerializerElement
{
    public static JsonElement From(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
