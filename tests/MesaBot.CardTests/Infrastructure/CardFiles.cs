using System.Text.Json;
using System.Text.Json.Nodes;
using MesaBot.Protocol;

namespace MesaBot.CardTests.Infrastructure;

/// <summary>Writes catalogue cards in the checker's envelope format (tools/cardcheck/README.md).</summary>
internal static class CardFiles
{
    public static void Write(string directory, IEnumerable<CatalogCard> cards)
    {
        Directory.CreateDirectory(directory);
        foreach (var entry in cards)
        {
            // The activity as a string: exactly the bytes the connector sends, so its size is the real one.
            var activity = JsonSerializer.Serialize(entry.Card.ToActivity(), ProtocolJson.Options);
            var envelope = new JsonObject
            {
                ["name"] = entry.Name,
                ["description"] = entry.Description,
                ["card"] = entry.Card.ToJson(),
                ["activity"] = activity,
            };
            File.WriteAllText(Path.Combine(directory, entry.Name + ".json"), envelope.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
