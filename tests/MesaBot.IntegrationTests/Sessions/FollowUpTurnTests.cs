using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// `seguimiento A-3` typed in a mesa's channel: the acuerdo goes on the next session's opening agenda (its own
/// section) and its acta's agenda, until `seguimiento quitar A-3` or its annulment; every mark is on its history.
/// Each test has a host of its own, since sessions move the clock.
/// </summary>
public sealed class FollowUpTurnTests : IAsyncLifetime
{
    private readonly SessionHostFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task Mark_NextAgendaAndActaListIt_UnmarkTakesItOff_BothOnTheHistory()
    {
        var chat = await fixture.MesaAsync("Seguimientos");
        await chat.SendAsync("acuerdo Se fija la visita a terreno con la DOH");

        var marked = await chat.SendAsync("seguimiento A-1");
        var pending = await chat.SendAsync("pendientes");
        var opened = await chat.SendAsync("abrir sesión");
        await chat.SendAsync("cerrar sesión");
        var unmarked = await chat.SendAsync("seguimiento quitar A-1");
        fixture.Host.Time.Advance(TimeSpan.FromDays(7));
        var next = await chat.SendAsync("abrir sesión");

        marked.AssertContains("Acuerdo A-1 en seguimiento").AssertContains("En seguimiento (lo marcó Ana Pérez");
        pending.AssertContains("no tiene tareas ni compromisos pendientes");
        opened.AssertContains("Acuerdos en seguimiento (1)").AssertContains("Se fija la visita a terreno con la DOH");
        var acta = fixture.Builder.Built.Last(a => a.MesaName == "Seguimientos" && a.SessionNumber == 1);
        Assert.Contains("A-1 Se fija la visita a terreno con la DOH (acuerdo en seguimiento)", acta.Agenda);
        unmarked.AssertContains("Acuerdo A-1: ya no está en seguimiento");
        Assert.DoesNotContain("En seguimiento", unmarked.AllText);
        next.AssertContains("Se abrió la sesión 2");
        Assert.DoesNotContain("Acuerdos en seguimiento", next.AllText);
        var history = await HistoryAsync(chat, 1);
        Assert.Equal(
            [(AuditAction.FollowUpMarked, "Ana Pérez"), (AuditAction.FollowUpRemoved, "Ana Pérez")],
            history.Where(e => e.Action is AuditAction.FollowUpMarked or AuditAction.FollowUpRemoved).Select(e => (e.Action, e.By.Name)));
    }

    [Fact]
    public async Task BadInputs_EachGetsItsOwnMessage_AndNothingIsMarked()
    {
        var chat = await fixture.MesaAsync("Errores de seguimiento");
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        await chat.SendAsync("acuerdo Se registró dos veces");
        await chat.SendAsync("tarea revisar bases @Luis Soto para el 27/11");
        await chat.SendAsync("anular A-2 duplicado");

        (await chat.SendAsync("seguimiento")).AssertContains("Escribe **seguimiento A-3**");
        (await chat.SendAsync("seguimiento A-9")).AssertContains("No encontré el acuerdo A-9");
        (await chat.SendAsync("seguimiento T-1")).AssertContains("Solo los acuerdos se marcan en seguimiento. T-1 no lo necesita");
        (await chat.SendAsync("seguimiento A-2")).AssertContains("El acuerdo A-2 está anulado (lo anuló Ana Pérez: «duplicado»)");
        (await chat.SendAsync("seguimiento quitar A-1")).AssertContains("El acuerdo A-1 no está en seguimiento");
        await chat.SendAsync("seguimiento A-1");
        (await chat.SendAsync("seguimiento A-1")).AssertContains("El acuerdo A-1 ya está en seguimiento (lo marcó Ana Pérez)");
        chat.Speaker = fixture.BotFramework.Members[3];
        (await chat.SendAsync("seguimiento quitar A-1")).AssertContains("Como invitado puedes consultar");

        var mesa = await fixture.MesaOfAsync(chat);
        Assert.Null((await Agreements.GetAsync(mesa, 2, CancellationToken.None))!.FollowUp);
        Assert.NotNull((await Agreements.GetAsync(mesa, 1, CancellationToken.None))!.FollowUp);
        Assert.Single(await HistoryAsync(chat, 1), e => e.Action == AuditAction.FollowUpMarked);
    }

    [Fact]
    public async Task AnotherMesa_CannotMarkThisMesasAgreement()
    {
        var chat = await fixture.MesaAsync("Propia");
        await chat.SendAsync("acuerdo Se aprueba el presupuesto");
        var mesa = await fixture.MesaOfAsync(chat);
        var other = new TeamsConversation(fixture, tenantId: chat.TenantId);
        await other.SendAsync("vincular Ajena");

        var qualified = await other.SendAsync($"seguimiento {mesa.Code}-A-1");
        var local = await other.SendAsync("seguimiento A-1");

        qualified.AssertContains($"{mesa.Code}-A-1 es de otra mesa");
        local.AssertContains("No encontré el acuerdo A-1 en la mesa Ajena");
        Assert.Null((await Agreements.GetAsync(mesa, 1, CancellationToken.None))!.FollowUp);
        Assert.DoesNotContain(await HistoryAsync(chat, 1), e => e.Action == AuditAction.FollowUpMarked);
    }

    [Fact]
    public async Task Annul_FollowedAgreement_LeavesTheAgendaAndSaysSoOnItsHistory()
    {
        var chat = await fixture.MesaAsync("Anular seguido");
        await chat.SendAsync("acuerdo Se contrata el estudio de suelos");
        await chat.SendAsync("seguimiento A-1");
        await chat.SendAsync("anular A-1 no hubo presupuesto");

        var opened = await chat.SendAsync("abrir sesión");

        Assert.DoesNotContain("Acuerdos en seguimiento", opened.AllText);
        var history = await HistoryAsync(chat, 1);
        Assert.Equal([AuditAction.Annulled, AuditAction.FollowUpRemoved], history.SkipWhile(e => e.Action != AuditAction.Annulled).Select(e => e.Action));
    }

    private AgreementStore Agreements => fixture.Host.Services.GetRequiredService<AgreementStore>();

    private async Task<IReadOnlyList<AuditEntry>> HistoryAsync(TeamsConversation chat, int agreement) =>
        await fixture.Host.Services.GetRequiredService<AuditLog>().HistoryAsync(await fixture.MesaOfAsync(chat), new RecordRef(RecordKind.Agreement, agreement), CancellationToken.None);
}
