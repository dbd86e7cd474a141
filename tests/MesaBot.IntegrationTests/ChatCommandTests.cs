using MesaBot.Bot;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

/// <summary>The chat as a coordinator uses it, against the real host, real Azurite and the fake connector.</summary>
public sealed class ChatCommandTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task Vincular_NewMesa_CreatesItWithAuthorAsCoordinator()
    {
        var chat = new TeamsConversation(fixture);

        var reply = await chat.SendAsync("vincular Resiliencia");

        reply.AssertContains("creé la mesa **Resiliencia** (RES)").AssertContains("Quedas en su coordinación");
        (await chat.SendAsync("vincular Resiliencia")).AssertContains("ya está vinculada a la mesa **Resiliencia**");
    }

    [Fact]
    public async Task Vincular_InPersonalChat_Refused()
    {
        var chat = new TeamsConversation(fixture, "personal");

        (await chat.SendAsync("vincular Resiliencia")).AssertContains("El chat personal no se vincula");
    }

    [Fact]
    public async Task Vincular_ExistingMesaFromSecondChannel_OnlyCoordinators()
    {
        var first = new TeamsConversation(fixture);
        await first.SendAsync("vincular Economía Circular");
        var second = new TeamsConversation(fixture, tenantId: first.TenantId) { Speaker = fixture.BotFramework.Members[1] };

        (await second.SendAsync("vincular economia circular")).AssertContains("Solo la coordinación de **Economía Circular**");
    }

    [Fact]
    public async Task Scenario_AgreementTaskCommitmentPendientesDone()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        (await chat.SendAsync("acuerdo Se aprueba la hoja de ruta de resiliencia 2027"))
            .AssertContains("Acuerdo A-1 registrado").AssertContains("hoja de ruta");
        var task = await chat.SendAsync("tarea revisar bases técnicas @Luis Soto para el viernes");
        task.AssertContains("T-1").AssertContains("revisar bases técnicas").AssertContains("Luis Soto").AssertContains("viernes 27 de noviembre");
        (await chat.SendAsync("compromiso CChC: enviar propuesta de indicadores para el 15/12"))
            .AssertContains("C-1").AssertContains("Cámara Chilena de la Construcción").AssertContains("15 de diciembre");

        var pending = await chat.SendAsync("pendientes");
        pending.AssertContains("Pendientes de la mesa Resiliencia").AssertContains("revisar bases técnicas").AssertContains("C-1");

        // Ana coordinates the mesa, so she may mark Luis's task done from its card.
        var pressed = await chat.PressAsync(CardVerbs.Complete, task.ButtonData(CardVerbs.Complete), cardMessageId: "card-t1");
        Assert.Contains("Cumplida", pressed.CardText);
        Assert.Contains(CardVerbs.Reopen, pressed.CardText);
        Assert.Contains(fixture.BotFramework.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/card-t1"));
        var after = await chat.SendAsync("pendientes");
        Assert.DoesNotContain("revisar bases técnicas", after.AllText);
    }

    [Fact]
    public async Task CardButton_StaleVersion_AnswersCurrentCardWithoutChange()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Cambio Climático");
        var task = await chat.SendAsync("tarea medir huella de carbono de obras @Ana Pérez para el 10/12");
        var stale = task.ButtonData(CardVerbs.Complete);
        await chat.SendAsync("editar T-1 medir huella de carbono de obras viales");

        var pressed = await chat.PressAsync(CardVerbs.Complete, stale);

        // Issue 14: an outdated card no longer answers "al mismo tiempo" but shows what changed since.
        Assert.Contains("Esta tarjeta estaba desactualizada", pressed.CardText);
        Assert.Contains("medir huella de carbono de obras viales", pressed.CardText);
        (await chat.SendAsync("pendientes")).AssertContains("medir huella de carbono de obras viales");
    }

    [Fact]
    public async Task ItemChange_ByNeitherOwnerNorCoordinator_Refused()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Productividad");
        await chat.SendAsync("tarea preparar minuta @Ana Pérez para mañana");
        chat.Speaker = fixture.BotFramework.Members[2];

        (await chat.SendAsync("cumplida T-1")).AssertContains("Solo el responsable (Ana Pérez) o la coordinación");
    }

    [Fact]
    public async Task Guest_MayListButNotCreate()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        chat.Speaker = fixture.BotFramework.Members[3];

        (await chat.SendAsync("acuerdo algo")).AssertContains("Como invitado puedes consultar");
        (await chat.SendAsync("pendientes")).AssertContains("La mesa no tiene tareas ni compromisos pendientes");
    }

    [Theory]
    [InlineData("tarea revisar bases para el 31/02", "ese día no existe")]
    [InlineData("tarea revisar bases", "Falta el plazo")]
    [InlineData("compromiso enviar cosas para mañana", "compromiso** «socio»:")]
    [InlineData("cumplida T-99", "No encontré T-99")]
    [InlineData("cumplida RES-T-1", "es de otra mesa")]
    [InlineData("pendeintes", "¿Quisiste decir pendientes?")]
    public async Task BadInput_ClearSpanishAnswer(string command, string expected)
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Economía Circular");

        (await chat.SendAsync(command)).AssertContains(expected);
    }

    [Fact]
    public async Task MisPendientes_InPersonalChat_ListsAcrossMesasWithCodes()
    {
        var channel = new TeamsConversation(fixture);
        await channel.SendAsync("vincular Resiliencia");
        await channel.SendAsync("tarea revisar bases técnicas @Luis Soto para el viernes");
        var personal = new TeamsConversation(fixture, "personal", channel.TenantId) { Speaker = fixture.BotFramework.Members[1] };

        (await personal.SendAsync("mis pendientes")).AssertContains("RES-T-1").AssertContains("revisar bases técnicas");
        (await personal.SendAsync("cumplida RES-T-1")).AssertContains("Cumplida").AssertContains(CardVerbs.Reopen);
    }

    [Fact]
    public async Task Resumen_InCommitteeChat_ShowsTheDigestAcrossMesas()
    {
        var mesa = new TeamsConversation(fixture);
        await mesa.SendAsync("vincular Resiliencia");
        await mesa.SendAsync("tarea revisar bases técnicas @Luis Soto para el viernes");
        var committee = new TeamsConversation(fixture, "groupChat", mesa.TenantId);
        (await committee.SendAsync("vincular comité")).AssertContains("Comité de Infraestructura Sostenible");

        var digest = await committee.SendAsync("resumen");

        digest.AssertContains("Resiliencia");
        Assert.Contains("1", digest.AllText);
    }

    [Fact]
    public async Task Resumen_InMesa_ShowsItsSummary()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        await chat.SendAsync("tarea revisar bases técnicas @Luis Soto para el viernes");

        (await chat.SendAsync("resumen")).AssertContains("Resumen de la mesa Resiliencia").AssertContains("Semana del 23/11 al 29/11");
    }

    [Fact]
    public async Task MesaIdiomaEn_CoordinatorSwitches_AnswersComeInEnglish()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        (await chat.SendAsync("mesa idioma en")).AssertContains("in English");

        (await chat.SendAsync("ayuda")).AssertContains("MesaBot: commands");
        (await chat.SendAsync("tarea")).AssertContains("To log an action item");
        (await chat.SendAsync("mesa idioma español")).AssertContains("en español");
        (await chat.SendAsync("ayuda")).AssertContains("MesaBot: comandos");
    }

    [Theory]
    [InlineData("pendientes")]
    [InlineData("vencidas")]
    [InlineData("acuerdos")]
    [InlineData("mis pendientes")]
    [InlineData("pendientes CChC")]
    public async Task ReadCommand_WholeTurn_TwoStorageRequestsColdOneWarm(string command)
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        var counter = fixture.Host.Services.GetRequiredService<MesaBot.Storage.RequestCountingPolicy>();

        // Linking changed the mesa, so this host reads it afresh: the mesa lookup and the list's one query.
        var cold = await CountRequestsAsync(counter, () => chat.SendAsync(command));
        // Within 30 s the same host remembers the conversation's mesa: the list's query alone.
        var warm = await CountRequestsAsync(counter, () => chat.SendAsync(command));

        Assert.Equal(2, cold);
        Assert.Equal(1, warm);
    }

    [Fact]
    public async Task Tarea_WithMentionInColdChannel_MesaAndRosterReadOncePerTurn()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        var counter = fixture.Host.Services.GetRequiredService<MesaBot.Storage.RequestCountingPolicy>();
        var rosterReadsBefore = RosterReads(chat);

        // The writer check (is the speaker a guest?) and the owner's mention both need the roster.
        var requests = await CountRequestsAsync(counter, async () =>
            (await chat.SendAsync("tarea revisar bases @Ana Pérez para el viernes")).AssertContains("T-1"));

        Assert.Equal(1, RosterReads(chat) - rosterReadsBefore);
        // The mesa lookup once (cold after linking), then the create's five (docs/storage.md), then its digest entry's move.
        Assert.Equal(1 + 5 + 2, requests);
    }

    private int RosterReads(TeamsConversation chat) =>
        fixture.BotFramework.Calls.Count(c => c.Method == "GET" && c.Path.Contains(chat.ConversationId.Split(';')[0]) && c.Path.EndsWith("/members"));

    // The host's DigestOutboxWorker moves a change's digest entry right after the turn: drained here on both sides,
    // so the count holds exactly this turn's requests and the two of its entry's move, never a neighbour's.
    private async Task<long> CountRequestsAsync(MesaBot.Storage.RequestCountingPolicy counter, Func<Task> turn)
    {
        var outbox = fixture.Host.Services.GetRequiredService<MesaBot.Records.Stores.DigestOutbox>();
        await outbox.DrainAsync(CancellationToken.None);
        var before = counter.Count;
        await turn();
        await outbox.DrainAsync(CancellationToken.None);
        return counter.Count - before;
    }

    [Fact]
    public async Task MesaInvitadosSi_CoordinatorAllows_GuestMayCreate()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        (await chat.SendAsync("mesa invitados sí")).AssertContains("ahora pueden registrar");
        chat.Speaker = fixture.BotFramework.Members[3];

        (await chat.SendAsync("acuerdo La CChC presentará su propuesta en la próxima sesión")).AssertContains("Acuerdo A-1 registrado");
        (await chat.SendAsync("mesa invitados no")).AssertContains("Solo la coordinación");
    }

    [Fact]
    public async Task SameMessageSentTwice_TeamsResend_OneRecordOneAnswer()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        var message = chat.Message("acuerdo Se aprueba el plan de resiliencia hídrica");

        await fixture.Client.SendAsync(message);
        await fixture.Client.SendAsync(message);

        Assert.Single(fixture.BotFramework.SentActivities(), a => a.ReplyToId == message.Id);
        var list = await chat.SendAsync("acuerdos");
        list.AssertContains("Se aprueba el plan de resiliencia hídrica");
        Assert.DoesNotContain("A-2", list.AllText);
    }
}
