using MesaBot.Graph.Transcripts;
using Xunit;

namespace MesaBot.Tests.Graph;

public sealed class WebVttTranscriptTests
{
    [Fact]
    public void Parse_TeamsTranscript_SpeakerTurnsMergedWithoutTags()
    {
        const string vtt = "WEBVTT\r\n\r\nNOTE hecho por Teams\r\n\r\n0f2a/1-0\r\n00:00:01.000 --> 00:00:03.500\r\n<v Ana Pérez>Se acuerda priorizar</v>\r\n\r\n"
            + "0f2a/1-1\r\n00:00:03.500 --> 00:00:05.000\r\n<v Ana Pérez>la ruta 5 &amp; la ruta 1.</v>\r\n\r\n"
            + "00:00:05.100 --> 00:00:07.000\r\n<v.loud Luis Soto>Yo me <b>encargo</b>.</v>\r\n\r\n"
            + "00:00:07.100 --> 00:00:08.000\r\n<v Ana Pérez>Gracias.</v>\r\n";

        var turns = WebVttTranscript.Parse(vtt);

        Assert.Equal(
            [("Ana Pérez", "Se acuerda priorizar la ruta 5 & la ruta 1.", 0, 2), ("Luis Soto", "Yo me encargo.", 2, 1), ("Ana Pérez", "Gracias.", 3, 1)],
            turns.Select(t => (t.Speaker!, t.Text, t.FirstCue, t.CueCount)));
        Assert.Equal(TimeSpan.FromSeconds(5.1), turns[1].Start);
    }

    [Fact]
    public void Parse_CueWithoutVoice_TurnWithoutSpeaker() =>
        Assert.Null(Assert.Single(WebVttTranscript.Parse("WEBVTT\n\n00:01.000 --> 00:02.000\nHola a todos.\n")).Speaker);

    [Theory]
    [InlineData("")]
    [InlineData("WEBVTT")]
    [InlineData("-->\n-->\n<v")]
    [InlineData("00:00:01.000 --> nunca\n<v >\n\n\n<v Ana")]
    public void Parse_MalformedOrEmpty_NoExceptionAndNoEmptyTurn(string vtt) =>
        Assert.All(WebVttTranscript.Parse(vtt), t => Assert.False(string.IsNullOrWhiteSpace(t.Text)));
}
