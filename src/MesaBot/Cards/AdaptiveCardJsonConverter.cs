using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesaBot.Cards;

/// <summary>
/// Serialises an <see cref="AdaptiveCard"/> wherever it sits in an outgoing body (an attachment's content,
/// an invoke's card, a dialog) by writing it straight to the serializer's writer. Cards are never read back.
/// </summary>
internal sealed class AdaptiveCardJsonConverter : JsonConverter<AdaptiveCard>
{
    public override AdaptiveCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("MesaBot writes Adaptive Cards; it never reads one back into its builders.");

    public override void Write(Utf8JsonWriter writer, AdaptiveCard value, JsonSerializerOptions options) => value.WriteTo(writer);
}
