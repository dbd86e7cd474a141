using MesaBot.Graph;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>A meeting's transcript read from the fake Graph: the latest one, as WebVTT, in speaker turns; refusals as outcomes.</summary>
public sealed class GraphTranscriptTests(GraphHostFixture fixture) : IClassFixture<GraphHostFixture>
{
    private const string Vtt = """
        WEBVTT

        1
        00:00:01.000 --> 00:00:04.000
        <v Ana Pérez>Se acuerda priorizar los puentes de la ruta 5.</v>

        2
        00:00:04.100 --> 00:00:07.000
        <v Ana Pérez>Y la CChC enviará el informe el viernes.</v>

        3
        00:00:07.100 --> 00:00:09.000
        <v Luis Soto>Yo me encargo de la minuta.</v>
        """;

    [Fact]
    public async Task Latest_TwoTranscripts_ReadsTheNewestAsVttTurns()
    {
        var (organizer, meeting) = NewMeeting();
        fixture.Graph.Transcripts[meeting] =
        [
            new("old", new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Pérez>Prueba de audio.</v>\n"),
            new("new", new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero), Vtt),
        ];

        var result = await fixture.Get<IMeetingTranscripts>().LatestAsync(organizer, meeting, CancellationToken.None);

        Assert.Equal(TranscriptStatus.Read, result.Status);
        Assert.Collection(result.Turns,
            ana => Assert.Equal(("Ana Pérez", "Se acuerda priorizar los puentes de la ruta 5. Y la CChC enviará el informe el viernes."), (ana.Speaker, ana.Text)),
            luis => Assert.Equal(("Luis Soto", "Yo me encargo de la minuta."), (luis.Speaker, luis.Text)));
        Assert.Equal(1, fixture.Graph.CountCalls("GET", $"/users/{organizer}/onlineMeetings/{meeting}/transcripts/new/content"));
        Assert.Contains("text/vtt", fixture.Graph.TranscriptAccepts.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_NoTranscriptYet_NoTranscript()
    {
        var (organizer, meeting) = NewMeeting();
        fixture.Graph.Transcripts[meeting] = [];

        var result = await fixture.Get<IMeetingTranscripts>().LatestAsync(organizer, meeting, CancellationToken.None);

        Assert.Equal(TranscriptStatus.NoTranscript, result.Status);
        Assert.Empty(result.Turns);
    }

    [Theory]
    [InlineData(403, "GraphAccessToTranscriptsDisabled")]
    [InlineData(402, "PaymentRequired")]
    public async Task Latest_Refused_NotAvailableWithGraphsCode(int status, string code)
    {
        var (organizer, meeting) = NewMeeting();
        var graph = fixture.Graph;
        graph.TranscriptRefusal = (status, code);
        try
        {
            var result = await fixture.Get<IMeetingTranscripts>().LatestAsync(organizer, meeting, CancellationToken.None);

            Assert.Equal(TranscriptStatus.NotAvailable, result.Status);
            Assert.Equal((status, code), (result.Failure!.Status, result.Failure.Code));
            Assert.Equal(1, graph.CountCalls("GET", $"/onlineMeetings/{meeting}/transcripts")); // a refusal is not retried
        }
        finally
        {
            graph.TranscriptRefusal = null;
        }
    }

    private static (string Organizer, string Meeting) NewMeeting() =>
        (Guid.NewGuid().ToString(), "MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ_" + Guid.NewGuid().ToString("N")[..8]);
}
