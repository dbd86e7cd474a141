using System.Text;
using System.Text.Json;
using MesaBot.Protocol.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace MesaBot.Tests.Protocol;

/// <summary>
/// The body's text check refuses what System.Text.Json would refuse later, when the turn reads a string: escaped
/// lone surrogates and bytes that are not UTF-8, in values and property names, short or past the stack buffer.
/// </summary>
public sealed class ActivityShapeTextTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("""{"type":"message","text":"pendientes"}""")]
    [InlineData("""{"type":"message","text":"reunión el \u00e9 \"citado\" \n y 😀 \ud83d\ude00"}""")]
    [InlineData("""{"t\u00edtulo":"ok","n":1,"list":[null,true,"x"]}""")]
    public void HasInvalidText_WellFormedText_IsFalse(string json)
    {
        Assert.False(ActivityShape.HasInvalidText(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"text":"roto \ud800 aquí"}""")]
    [InlineData("""{"text":"\udc00"}""")]
    [InlineData("""{"text":"par al revés \ude00\ud83d"}""")]
    [InlineData("""{"na\udfffme":"x"}""")]
    public void HasInvalidText_EscapedLoneSurrogate_IsTrue(string json)
    {
        Assert.True(ActivityShape.HasInvalidText(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void HasInvalidText_EscapedLoneSurrogatePastTheStackBuffer_IsTrue()
    {
        var json = $$"""{"text":"{{new string('a', 1000)}}\n\ud800{{new string('b', 1000)}}"}""";

        Assert.True(ActivityShape.HasInvalidText(Encoding.UTF8.GetBytes(json)));
        Assert.False(ActivityShape.HasInvalidText(Encoding.UTF8.GetBytes(json.Replace("\\ud800", "\\u00e9"))));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })] // a lead byte without its continuation
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded as UTF-8
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong "/"
    public void HasInvalidText_BytesThatAreNotUtf8_IsTrue(byte[] bad)
    {
        byte[] json = [.. "{\"text\":\"a"u8, .. bad, .. "b\"}"u8];
        byte[] name = [.. "{\"a"u8, .. bad, .. "\":1}"u8];

        Assert.True(ActivityShape.HasInvalidText(json));
        Assert.True(ActivityShape.HasInvalidText(name));
    }

    [Fact]
    public void HasInvalidText_RandomText_AgreesWithReadingEveryString()
    {
        var seed = Environment.GetEnvironmentVariable("MESABOT_TEXT_SEED") is { } replay ? int.Parse(replay) : Random.Shared.Next();
        output.WriteLine($"seed {seed} (replay: MESABOT_TEXT_SEED={seed})");
        var random = new Random(seed);
        string[] escapes = ["\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\ud83d\\ude00", "\\u00e9", "\\n", "\\\"", "\\\\", "\\/"];
        byte[][] raw = [[0xFF], [0xC3], [0xC3, 0xA9], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xE2, 0x82]];

        for (var i = 0; i < 2_000; i++)
        {
            var body = new List<byte>("{\"type\":\"message\",\"text\":\""u8.ToArray());
            var length = random.Next(0, random.Next(2) == 0 ? 20 : 600);
            for (var j = 0; j < length; j++)
            {
                var pick = random.Next(100);
                body.AddRange(pick switch
                {
                    < 3 => Encoding.ASCII.GetBytes(escapes[random.Next(escapes.Length)]),
                    < 4 => raw[random.Next(raw.Length)],
                    _ => [(byte)random.Next('a', 'z' + 1)],
                });
            }

            body.AddRange("\"}"u8.ToArray());
            var bytes = body.ToArray();

            Assert.True(ReadsEveryString(bytes) == ActivityShape.HasInvalidText(bytes), $"seed {seed}, body {i}: {Convert.ToHexString(bytes)}");
        }
    }

    // The check as it was: every string read (and allocated); what the turn would meet later.
    private static bool ReadsEveryString(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    _ = reader.GetString();
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException)
        {
            return true;
        }
    }
}
