using MesaBot.Cards;
using MesaBot.IntegrationTests.Chat;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// What "Registrar seleccionados" creates from a session's transcript card, pressed after the meeting ended,
/// belongs to that session as if logged while it was open: it carries the session's number, its acta's draft
/// lists it once rebuilt ("Actualizar borrador" or `acta 1`), and a session opened before the press does not
/// count it among its own. One host for the class: each test has its own mesa and meeting, and neither
/// changes what the fake Graph answers.
/// </summary>
public sealed class SessionTranscriptRecordsTests(TranscriptHostFixture fixture) : IClassFixture<TranscriptHostFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SaveProposals_AfterTheMeetingEnded_RecordsAreThatSessionsAndTheRebuiltDraftListsThem()
    {
        var (chat, mesa, ended) = await EndedWithTranscriptAsync("Tardías");
        var atClose = fixture.Builder.Built.Last(a => a.MesaCode == mesa.Code);
        Assert.Empty(atClose.Agreements.Concat<object>(atClose.Tasks).Concat(atClose.Commitments));

        var saved = await chat.PressAsync(CardVerbs.SaveProposals, ProposalCards.Submitted(ProposalCards.ProposalsCard(ended), "Action.Execute"));

        Assert.Contains("Registré 3: A-1, T-1, C-1", saved.CardText);
        Assert.Contains("Quedan en el acta de la sesión 1", saved.CardText);
        var sessions = fixture.Get<SessionStore>();
        var records = await sessions.RecordsAsync(mesa, (await sessions.GetAsync(mesa, 1, None))!, None);
        Assert.Equal((1, 1, 1), (records.Agreements.Single().SessionNumber, records.ActionItems.Single().SessionNumber, records.Commitments.Single().SessionNumber));
        // Audited as any create: the history's first line says who registered it.
        var created = (await fixture.Get<AuditLog>().HistoryAsync(mesa, new RecordRef(RecordKind.ActionItem, 1), None))[0];
        Assert.Equal((AuditAction.Created, chat.Speaker.ObjectId), (created.Action, created.By.ObjectId));

        await chat.PressAsync(CardVerbs.RefreshActa, ended.ButtonData(CardVerbs.RefreshActa));

        var acta = fixture.Builder.Built.Last(a => a.MesaCode == mesa.Code);
        Assert.Equal(["A-1"], acta.Agreements.Select(a => a.Id));
        Assert.Equal(("T-1", "Luis Soto"), (acta.Tasks.Single().Id, acta.Tasks.Single().Owner));
        Assert.Equal("C-1", acta.Commitments.Single().Id);
    }

    [Fact]
    public async Task SaveProposals_AfterTheNextSessionOpened_RecordsStayWithTheirSessionNotTheNext()
    {
        var (chat, mesa, ended) = await EndedWithTranscriptAsync("Siguiente abierta");
        (await chat.SendAsync("abrir sesión")).AssertContains("Se abrió la sesión 2");
        await chat.SendAsync("acuerdo Se fija la visita a terreno");

        var saved = await chat.PressAsync(CardVerbs.SaveProposals, ProposalCards.Submitted(ProposalCards.ProposalsCard(ended), "Action.Execute"));
        (await chat.SendAsync("cerrar sesión")).AssertContains("Acta de la sesión 2");

        Assert.Contains("Registré 3: A-2, T-1, C-1", saved.CardText);
        var second = fixture.Builder.Built.Last(a => a.MesaCode == mesa.Code && a.SessionNumber == 2);
        Assert.Equal(["A-1"], second.Agreements.Select(a => a.Id));
        Assert.Empty(second.Tasks);
        Assert.Empty(second.Commitments);
        (await chat.SendAsync("acta 1")).AssertContains("Acta de la sesión 1");
        var first = fixture.Builder.Built.Last(a => a.MesaCode == mesa.Code && a.SessionNumber == 1);
        Assert.Equal(["A-2"], first.Agreements.Select(a => a.Id));
        Assert.Equal(["T-1"], first.Tasks.Select(t => t.Id));
        Assert.Equal(["C-1"], first.Commitments.Select(c => c.Id));
    }

    /// <summary>A mesa whose session 1 a transcribed meeting opened and closed: the close posted the acta's draft and the proposals card.</summary>
    private async Task<(TeamsConversation Chat, Mesa Mesa, Reply Ended)> EndedWithTranscriptAsync(string name)
    {
        var chat = await fixture.MesaAsync(name);
        var meeting = "MCMjMCMjdGFyZGU=" + Guid.NewGuid().ToString("N")[..8];
        fixture.Graph.Transcripts[meeting] = [new("t1", new DateTimeOffset(2026, 11, 25, 13, 5, 0, TimeSpan.Zero), TranscriptHostFixture.Vtt)];
        await fixture.StartAsync(chat, meeting);
        var ended = await fixture.EndAsync(chat, meeting);
        ended.AssertContains("Encontré 3 para registrar");
        return (chat, await fixture.MesaOfAsync(chat), ended);
    }
}
