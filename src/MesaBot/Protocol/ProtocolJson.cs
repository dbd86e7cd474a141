using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace MesaBot.Protocol;

/// <summary>The one set of JSON options for everything that crosses the wire to Teams.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Spanish is sent as UTF-8: the default encoder writes every letter outside ASCII as a six-byte \u00E1
            // escape. This one still escapes what the default does for HTML (<, >, &, quotes) and control characters.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
