using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MesaBot.Cards;

/// <summary>
/// Small writing helpers shared by the elements, so every optional property is left out when it is the
/// default. Cards are written straight to a <see cref="Utf8JsonWriter"/> (the connector's request body):
/// a list card is some 200 JSON objects, and building them as a JsonNode tree first cost more than the
/// rest of the turn's in-process work together (docs/benchmarks.md, Session 11).
/// </summary>
internal static class CardJson
{
    private const string VerbKey = "verb";

    public static void Spacing(Utf8JsonWriter json, Spacing spacing)
    {
        if (spacing != Cards.Spacing.Default) json.WriteString("spacing"u8, Name(spacing));
    }

    public static void Flag(Utf8JsonWriter json, ReadOnlySpan<byte> name, bool on)
    {
        if (on) json.WriteBoolean(name, true);
    }

    public static void Optional(Utf8JsonWriter json, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    public static void Array<T>(Utf8JsonWriter json, ReadOnlySpan<byte> name, IEnumerable<T> items, Action<T, Utf8JsonWriter> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items) write(item, json);
        json.WriteEndArray();
    }

    /// <summary>
    /// An action's "data": its string values, and with <paramref name="verb"/> also "verb" (the Submit fallback
    /// has no verb of its own, so the handler finds it there; it wins over a value of that name).
    /// </summary>
    public static void Data(Utf8JsonWriter json, IReadOnlyDictionary<string, string> values, string? verb = null)
    {
        json.WriteStartObject("data"u8);
        foreach (var (key, value) in values)
        {
            if (verb is null || key != VerbKey) json.WriteString(key, value);
        }

        if (verb is not null) json.WriteString(VerbKey, verb);
        json.WriteEndObject();
    }

    /// <summary>The enum value as the schema spells it: camelCase ("extraLarge", "bolder", "attention").</summary>
    public static string Name<T>(T value) where T : struct, Enum => EnumNames<T>.CamelCase[value];

    /// <summary>What <paramref name="write"/> writes, as a JSON tree: for tests and tools that inspect a card.</summary>
    public static JsonObject ToNode(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    // Built once per enum: ToString().ToLowerInvariant() on every property of every element allocated two strings each time.
    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> CamelCase =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
    }
}
