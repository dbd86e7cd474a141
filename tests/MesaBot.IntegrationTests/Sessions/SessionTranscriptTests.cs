using MesaBot.Cards;
using MesaBot.Graph;
using MesaBot.IntegrationTests.Chat;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// A session a Teams meeting opened, closed by meetingEnd with Graph on (the fake Graph): the meeting's
/// transcript becomes the proposals card, the speaker owning "yo me encargo", dates read against the
/// meeting's day (Wednesday 25 November 2026); nothing is created before "Registrar seleccionados".
/// Without a transcript the close says nothing more than the acta's draft.
/// </summary>
public sealed class SessionTranscriptTests : IAsyncLifetime
{
    private readonly TranscriptHostFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task MeetingEnd_TranscriptRead_ProposalsWithSpeakerAsOwnerAndNothingCreatedUntilPressed()
    {
        var chat = await fixture.MesaAsync("Transcritas");
        var meeting = "MCMjMCMjdHJhbnNjcmlwdA==" + Guid.NewGuid().ToString("N")[..8];
        fixture.Graph.Transcripts[meeting] = [new("t1", new DateTimeOffset(2026, 11, 25, 13, 5, 0, TimeSpan.Zero), TranscriptHostFixture.Vtt)];

        await fixture.StartAsync(chat, meeting);
        var ended = await fixture.EndAsync(chat, meeting);

        Assert.Contains("Acta de la sesión 1", ended.AllText);
        ended.AssertContains("Encontré 3 para registrar")
            .AssertContains("Acuerdo: Priorizar los puentes de la ruta 5")
            .AssertContains("Tarea: Revisar las bases técnicas · Luis Soto · viernes 27 de noviembre")
            .AssertContains("Compromiso: Enviar el informe de indicadores · Cámara Chilena de la Construcción · martes 15 de diciembre");
        Assert.DoesNotContain("comentarios", ended.AllText);
        // The list and the newest one's content, under the session opener as organizer.
        Assert.Equal(2, fixture.Graph.CountCalls("GET", $"/users/{chat.Speaker.ObjectId}/onlineMeetings/{meeting}/transcripts"));
        Assert.Equal(1, fixture.Graph.CountCalls("GET", $"/onlineMeetings/{meeting}/transcripts/t1/content"));
        var mesa = await fixture.MesaOfAsync(chat);
        Assert.Empty(await fixture.Get<AgreementStore>().ListAsync(mesa, CancellationToken.None));

        var card = ProposalCards.ProposalsCard(ended);
        var saved = await chat.PressAsync(CardVerbs.SaveProposals, ProposalCards.Submitted(card, "Action.Execute"));

        Assert.Contains("Registré 3: A-1, T-1, C-1", saved.CardText);
        Assert.Equal("Sesión 1", Assert.Single(await fixture.Get<AgreementStore>().ListAsync(mesa, CancellationToken.None)).Session);
        (await chat.SendAsync("pendientes")).AssertContains("Revisar las bases técnicas").AssertContains("Luis Soto");
    }

    [Theory]
    [InlineData(403, "GraphAccessToTranscriptsDisabled")]
    [InlineData(402, "PaymentRequired")]
    public async Task MeetingEnd_TranscriptsRefused_OnlyTheActaDraft(int status, string code)
    {
        var chat = await fixture.MesaAsync("Sin transcripción " + status);
        var meeting = "MCMjMCMjcmVmdXNlZA==" + Guid.NewGuid().ToString("N")[..8];
        fixture.Graph.TranscriptRefusal = (status, code);

        await fixture.StartAsync(chat, meeting);
        var ended = await fixture.EndAsync(chat, meeting);

        Assert.Contains("Acta de la sesión 1", ended.AllText);
        Assert.DoesNotContain("Registrar seleccionados", ended.AllText);
        Assert.Equal(1, fixture.Graph.CountCalls("GET", $"/onlineMeetings/{meeting}/transcripts"));
        Assert.Equal(TranscriptStatus.NotAvailable, (await fixture.Get<IMeetingTranscripts>().LatestAsync(chat.Speaker.ObjectId, meeting, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task CloseTyped_SessionWithoutMeeting_AsksGraphNothing()
    {
        var chat = await fixture.MesaAsync("Presencial");
        await chat.SendAsync("abrir sesión");

        var closed = await chat.SendAsync("cerrar sesión");

        closed.AssertContains("Acta de la sesión 1");
        Assert.DoesNotContain("Registrar seleccionados", closed.AllText);
        Assert.Equal(0, fixture.Graph.CountCalls("GET", "/transcripts"));
    }
}
