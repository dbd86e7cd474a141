using System.Text.Json;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Chat;

/// <summary>Reads a proposals card as Teams would submit it: the button's data plus every input's current value, then the user's edits.</summary>
internal static class ProposalCards
{
    public static Dictionary<string, string> Submitted(JsonElement card, string buttonType, IReadOnlyDictionary<string, string>? edits = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(card, values, buttonType);
        foreach (var (key, value) in edits ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return values;
    }

    public static JsonElement FirstCard(Reply reply) =>
        JsonSerializer.SerializeToElement(reply.Activities.SelectMany(a => a.Attachments ?? []).First().Content);

    /// <summary>The proposals card among a reply's cards (a session's close also posts its acta).</summary>
    public static JsonElement ProposalsCard(Reply reply) =>
        FirstCard(new Reply([.. reply.Activities.Where(a => (a.Attachments ?? []).Any(x => JsonSerializer.Serialize(x.Content).Contains("Registrar seleccionados", StringComparison.Ordinal)))]));

    private static void Walk(JsonElement node, Dictionary<string, string> values, string buttonType)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, values, buttonType);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var type = node.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is not null && type.StartsWith("Input.", StringComparison.Ordinal) && node.TryGetProperty("id", out var id)
            && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
        {
            values[id.GetString()!] = value.GetString()!;
        }

        if (type == buttonType && node.TryGetProperty("data", out var data))
        {
            foreach (var property in data.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                values[property.Name] = property.Value.GetString()!;
            }

            return; // the fallback's copy of the same data is not walked again
        }

        foreach (var property in node.EnumerateObject())
        {
            Walk(property.Value, values, buttonType);
        }
    }
}
