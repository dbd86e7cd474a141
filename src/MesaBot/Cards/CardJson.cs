using System.Text.Json.Nodes;

namespace MesaBot.Cards;

/// <summary>Small writing helpers shared by the elements, so every optional property is left out when it is the default.</summary>
internal static class CardJson
{
    public static void WriteSpacing(JsonObject json, Spacing spacing)
    {
        if (spacing != Spacing.Default)
        {
            json["spacing"] = spacing == Spacing.ExtraLarge ? "extraLarge" : spacing.ToString().ToLowerInvariant();
        }
    }

    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> write) => new([.. items.Select(write)]);
}
