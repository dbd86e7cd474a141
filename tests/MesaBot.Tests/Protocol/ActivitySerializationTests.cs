using System.Text.Json;
using System.Text.Json.Nodes;
using MesaBot.Protocol;

namespace MesaBot.Tests.Protocol;

public sealed class ActivitySerializationTests
{
    [Theory]
    [InlineData("channel-message-with-mention.json")]
    [InlineData("personal-message.json")]
    [InlineData("conversation-update-team.json")]
    [InlineData("adaptive-card-action-invoke.json")]
    public void RoundTrip_RealTeamsPayload_LosesNothing(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine("Payloads", file)))!;

        var activity = JsonSerializer.Deserialize<Activity>(original.ToJsonString(), ProtocolJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        AssertSameJson(original, written, "$");
    }

    [Fact]
    public void Deserialize_ChannelMessage_ReadsTeamsFields()
    {
        var activity = Load("channel-message-with-mention.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetTenantId());
        Assert.Equal("19:c1a8b2e0f3d44a5e8c0b7f6a5d4e3c2b@thread.tacv2", activity.GetTeamsChannelData()!.Channel!.Id);
        Assert.Equal("6b3f1c1e-0a7d-4c55-9a0e-1f3c1e0a7d4c", activity.From!.AadObjectId);
    }

    [Fact]
    public void Deserialize_CardActionInvoke_ExposesVerbAndData()
    {
        var activity = Load("adaptive-card-action-invoke.json");

        Assert.Equal("tarea.cumplida", MesaBot.Protocol.Routing.CardActionInvoke.VerbOf(activity));
        Assert.Equal("listo ✅", activity.Value!.Value.GetProperty("action").GetProperty("data").GetProperty("comentario").GetString());
    }

    [Fact]
    public void Serialize_SpanishText_GoesAsUtf8AndHtmlStaysEscaped()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "María José Ñancupil: «acción» <b>&</b> 🎉" };

        var json = JsonSerializer.Serialize(reply, ProtocolJson.Options);

        Assert.Contains("María José Ñancupil: «acción»", json);
        Assert.Contains("\\u003Cb\\u003E\\u0026\\u003C/b\\u003E", json);
        Assert.Equal(reply.Text, JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!.Text);
    }

    internal static Activity Load(string file) =>
        JsonSerializer.Deserialize<Activity>(File.ReadAllText(Path.Combine("Payloads", file)), ProtocolJson.Options)!;

    // Numbers and strings compared by value, objects by key set (order free), arrays in order.
    private static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual);
                Assert.True(e.Select(p => p.Key).Order().SequenceEqual(a.Select(p => p.Key).Order()),
                    $"{path}: keys {string.Join(",", e.Select(p => p.Key))} vs {string.Join(",", a.Select(p => p.Key))}");
                foreach (var (key, value) in e)
                {
                    AssertSameJson(value, a[key], $"{path}.{key}");
                }

                break;
            case JsonArray e:
                var arr = Assert.IsType<JsonArray>(actual);
                Assert.Equal(e.Count, arr.Count);
                for (var i = 0; i < e.Count; i++)
                {
                    AssertSameJson(e[i], arr[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual) || SameInstant(expected, actual),
                    $"{path}: {expected?.ToJsonString()} vs {actual?.ToJsonString()}");
                break;
        }
    }

    // Timestamps are typed as DateTimeOffset; "…Z" and "…+00:00" are the same instant.
    private static bool SameInstant(JsonNode? expected, JsonNode? actual) =>
        DateTimeOffset.TryParse(expected?.GetValue<string>(), out var e)
        && DateTimeOffset.TryParse(actual?.GetValue<string>(), out var a)
        && e == a && e.Offset == a.Offset;
}
