using System.Text.Json;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Chat;

/// <summary>
/// Issue 14, findings 5 and 6: every change says who changed what, before → after; the people it
/// affects hear of it in their personal chat; it can be undone for ten minutes; a list stays reachable
/// from the item opened from it; a card older than its item never acts blindly.
/// The host's clock stands at Wednesday 25 November 2026, 09:00 in Santiago.
/// </summary>
public sealed class ChangeNoticeTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private RosterMember Ana => fixture.BotFramework.Members[0];
    private RosterMember Luis => fixture.BotFramework.Members[1];
    private RosterMember Francisca => fixture.BotFramework.Members[2];

    [Fact]
    public async Task Reassign_ByCoordinatorsButton_CardShowsBeforeAfterAndBothOwnersAreToldInPersonalChat()
    {
        var chat = await MesaAsync("Reasignaciones");
        var task = await chat.SendAsync("tarea revisar bases técnicas @Luis Soto para el 27/11");

        var pressed = await chat.PressAsync(CardVerbs.Reassign, With(task.ButtonData(CardVerbs.Reassign), "responsable", Francisca.ObjectId), cardMessageId: "card-r1");

        Assert.Contains("Ana Pérez cambió el responsable: Luis Soto → Francisca Rojas", pressed.CardText);
        Assert.Contains(CardVerbs.Undo, pressed.Body.GetRawText());
        Assert.Contains(fixture.BotFramework.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/card-r1"));
        var notices = PersonalNotices(chat);
        Assert.Equal(2, notices.Count);
        Assert.Contains(notices, n => n.To.Contains(Francisca.TeamsId) && n.Text.Contains("Te aviso de un cambio en REA-T-1 de la mesa Reasignaciones"));
        // Each reads it as tú, never their own name in the third person.
        Assert.Contains(notices, n => n.To.Contains(Francisca.TeamsId) && n.Text.Contains("Ana Pérez te dejó como responsable (antes: Luis Soto)"));
        Assert.Contains(notices, n => n.To.Contains(Luis.TeamsId) && n.Text.Contains("Ana Pérez le pasó la responsabilidad a Francisca Rojas: ya no está a tu cargo"));
        Assert.DoesNotContain(notices, n => n.Text.Contains("Luis Soto → Francisca Rojas"));
        Assert.DoesNotContain(notices, n => n.To.Contains(Ana.TeamsId));
    }

    [Fact]
    public async Task Complete_BySomeoneElse_OwnerIsToldAndTheCardSaysWhoClosedIt()
    {
        var chat = await MesaAsync("Cierres");
        await chat.SendAsync("tarea preparar minuta @Luis Soto para el 30/11");

        var reply = await chat.SendAsync("cumplida T-1");

        reply.AssertContains("Ana Pérez cambió el estado: Pendiente → Cumplida");
        var notice = Assert.Single(PersonalNotices(chat));
        Assert.Contains(Luis.TeamsId, notice.To);
        Assert.Contains("Pendiente → Cumplida", notice.Text);
    }

    [Fact]
    public async Task OwnChange_NobodyElseIsAffected_NoPersonalMessage()
    {
        var chat = await MesaAsync("Propios");
        chat.Speaker = Luis;
        await chat.SendAsync("tarea ordenar carpeta de licitación @Luis Soto para el 30/11");

        (await chat.SendAsync("en curso T-1")).AssertContains("Luis Soto cambió el estado: Pendiente → En curso");

        Assert.Empty(PersonalNotices(chat));
    }

    [Fact]
    public async Task Postpone_InAnEnglishMesa_TheChangeLineIsInEnglish()
    {
        var chat = await MesaAsync("Inglés");
        await chat.SendAsync("mesa idioma en");
        await chat.SendAsync("tarea preparar minuta bilingüe @Luis Soto para el 30/11");

        (await chat.SendAsync("posponer T-1 el 17/12")).AssertContains("Ana Pérez changed the due date: 30/11 → 17/12");
    }

    [Fact]
    public async Task PostponeQuickChoice_FiveBusinessDays_CountsFromTheDueDate()
    {
        var chat = await MesaAsync("Plazos");
        var task = await chat.SendAsync("tarea enviar oficio a regiones @Luis Soto para el 27/11");

        // The quick choice's data (ItemCardTests pins that the card's "+5 días hábiles" button sends it).
        var pressed = await chat.PressAsync(CardVerbs.Postpone, With(task.ButtonData(CardVerbs.Postpone), "habiles", "5"));

        // Friday 27/11 + 5 business days: Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 December.
        Assert.Contains("Ana Pérez cambió el plazo: 27/11 → 04/12", pressed.CardText);
        Assert.Contains("viernes 4 de diciembre", pressed.CardText);
    }

    [Fact]
    public async Task PostponeQuickChoice_DueTenDaysAway_NeverMovesItEarlier()
    {
        // Found in the Playground: counted from today, "+5 días hábiles" moved a date ten days away to eight.
        var chat = await MesaAsync("Plazos lejanos");
        var task = await chat.SendAsync("tarea revisar la minuta @Luis Soto para el 07/12");

        var pressed = await chat.PressAsync(CardVerbs.Postpone, With(task.ButtonData(CardVerbs.Postpone), "habiles", "5"));

        // Monday 7/12 + 5 business days, Tuesday 8 December being a holiday: Wed 9, Thu 10, Fri 11, Mon 14, Tue 15.
        Assert.Contains("Ana Pérez cambió el plazo: 07/12 → 15/12", pressed.CardText);
    }

    [Fact]
    public async Task PostponeQuickChoice_Overdue_CountsFromToday()
    {
        var chat = await MesaAsync("Plazos vencidos");
        var question = await chat.SendAsync("tarea enviar oficio atrasado @Luis Soto para el 20/11");
        var task = await chat.PressAsync(CardVerbs.CreateHeldTask, question.ButtonData(CardVerbs.CreateHeldTask)); // "Registrar como vencida", the first

        var pressed = await chat.PressAsync(CardVerbs.Postpone, With(task.ButtonData(CardVerbs.Postpone), "habiles", "5"));

        // Overdue since Friday 20/11: Wednesday 25/11 (today) + 5 business days is Wednesday 2 December.
        Assert.Contains("Ana Pérez cambió el plazo: 20/11 → 02/12", pressed.CardText);
    }

    [Fact]
    public async Task Undo_WithinTenMinutes_RestoresTheDateAsANewAuditedChange()
    {
        var chat = await MesaAsync("Deshacer");
        var task = await chat.SendAsync("tarea enviar oficio a regiones @Luis Soto para el 27/11");
        var postponed = await chat.PressAsync(CardVerbs.Postpone, With(task.ButtonData(CardVerbs.Postpone), "fecha", "2026-12-18"));

        var undone = await chat.PressAsync(CardVerbs.Undo, ButtonData(postponed, CardVerbs.Undo));

        Assert.Contains("Ana Pérez cambió el plazo: 18/12 → 27/11", undone.CardText);
        Assert.Contains("viernes 27 de noviembre", undone.CardText);
        // The undo is a change like any other: a further version, whose card offers its own undo.
        Assert.Equal("3", ButtonData(undone, CardVerbs.Undo)["version"]);
    }

    [Fact]
    public async Task Undo_AfterTenMinutes_RefusedKindlyAndNothingChanges()
    {
        var chat = await MesaAsync("Tarde");
        var task = await chat.SendAsync("tarea enviar oficio a regiones @Luis Soto para el 27/11");
        var postponed = await chat.PressAsync(CardVerbs.Postpone, With(task.ButtonData(CardVerbs.Postpone), "fecha", "2026-12-18"));
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(11));

        var refused = await chat.PressAsync(CardVerbs.Undo, ButtonData(postponed, CardVerbs.Undo));

        Assert.Contains("Pasaron más de 10 minutos", refused.CardText);
        Assert.Contains("viernes 18 de diciembre", refused.CardText);
    }

    [Fact]
    public async Task Undo_ByTheOwnerWhoReassignedAway_TakesTheTaskBack()
    {
        var chat = await MesaAsync("Devolver");
        chat.Speaker = Luis;
        var task = await chat.SendAsync("tarea revisar presupuesto @Luis Soto para el 30/11");
        var reassigned = await chat.PressAsync(CardVerbs.Reassign, With(task.ButtonData(CardVerbs.Reassign), "responsable", Francisca.ObjectId));

        var undone = await chat.PressAsync(CardVerbs.Undo, ButtonData(reassigned, CardVerbs.Undo));

        Assert.Contains("Luis Soto cambió el responsable: Francisca Rojas → Luis Soto", undone.CardText);
    }

    [Fact]
    public async Task Undo_WithForgedValue_RefusedBecauseTheHistorySaysOtherwise()
    {
        var chat = await MesaAsync("Forjado");
        chat.Speaker = Luis;
        var task = await chat.SendAsync("tarea revisar presupuesto @Luis Soto para el 30/11");
        var reassigned = await chat.PressAsync(CardVerbs.Reassign, With(task.ButtonData(CardVerbs.Reassign), "responsable", Francisca.ObjectId));
        var forged = ButtonData(reassigned, CardVerbs.Undo);
        forged["antes"] = "aad-someone-else";
        forged["antes_nombre"] = "Alguien Ajeno";

        var refused = await chat.PressAsync(CardVerbs.Undo, forged);

        Assert.Contains("Solo quien hizo el cambio", refused.CardText);
        (await chat.SendAsync("pendientes")).AssertContains("Francisca Rojas");
    }

    [Fact]
    public async Task Undo_ForgedToANamesakeOfTheOldOwner_RefusedBecauseTheHistoryKeepsWhoItWas()
    {
        // Arrange: the mesa has two people called Luis Soto; the task was the first one's.
        var chat = await MesaAsync("Tocayos");
        var namesake = new RosterMember("29:user-luis-2", "Luis Soto", "aad-luis-2");
        fixture.BotFramework.MembersOf[chat.ConversationId] = [.. fixture.BotFramework.Members, namesake];
        chat.Speaker = Luis;
        var task = await chat.SendAsync("tarea revisar presupuesto @Luis Soto para el 30/11");
        var reassigned = await chat.PressAsync(CardVerbs.Reassign, With(task.ButtonData(CardVerbs.Reassign), "responsable", Francisca.ObjectId));
        var forged = ButtonData(reassigned, CardVerbs.Undo);
        forged["antes"] = namesake.ObjectId;

        // Act: the name matches the history; the person does not.
        var refused = await chat.PressAsync(CardVerbs.Undo, forged);
        var honest = await chat.PressAsync(CardVerbs.Undo, ButtonData(reassigned, CardVerbs.Undo));

        // Assert
        Assert.Equal("Luis Soto", forged["antes_nombre"]);
        Assert.Contains("Solo quien hizo el cambio", refused.CardText);
        Assert.Contains("Luis Soto cambió el responsable: Francisca Rojas → Luis Soto", honest.CardText);
        (await chat.SendAsync("mis pendientes")).AssertContains("revisar presupuesto");
    }

    [Fact]
    public async Task OutdatedCard_ButtonPressed_AnswersTheCurrentCardWithWhatChangedAndDoesNotAct()
    {
        var chat = await MesaAsync("Vigentes");
        var task = await chat.SendAsync("tarea medir huella de carbono de obras @Luis Soto para el 10/12");
        var stale = task.ButtonData(CardVerbs.Complete);
        await chat.SendAsync("posponer T-1 el 17/12");

        var pressed = await chat.PressAsync(CardVerbs.Complete, stale, cardMessageId: "card-old");

        Assert.Contains("Esta tarjeta estaba desactualizada", pressed.CardText);
        Assert.Contains("Ana Pérez cambió el plazo: 10/12 → 17/12", pressed.CardText);
        Assert.Contains(fixture.BotFramework.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/card-old"));
        (await chat.SendAsync("pendientes")).AssertContains("medir huella de carbono de obras");
    }

    [Fact]
    public async Task ListRow_OpensItemWithBackToList_WhichRestoresTheSamePage()
    {
        var chat = await MesaAsync("Listas");
        for (var i = 1; i <= 11; i++)
        {
            await chat.SendAsync($"tarea revisar expediente número {i} @Luis Soto para el 30/11");
        }

        var pending = await chat.SendAsync("pendientes");
        var secondPage = await chat.PressAsync(CardVerbs.ShowMore, pending.ButtonData(CardVerbs.ShowMore));
        var opened = await chat.PressAsync(CardVerbs.ShowItem, ButtonData(secondPage, CardVerbs.ShowItem));

        Assert.Contains("Volver a la lista", opened.CardText);
        var back = ButtonData(opened, CardVerbs.ShowMore);
        Assert.Equal("2", back["pagina"]);
        var restored = await chat.PressAsync(CardVerbs.ShowMore, back);
        Assert.Contains("Mostrando 11–11 de 11", restored.CardText);
        // A change from the opened card keeps the way back.
        var done = await chat.PressAsync(CardVerbs.Complete, ButtonData(opened, CardVerbs.Complete));
        Assert.Contains("Volver a la lista", done.CardText);
    }

    [Fact]
    public async Task ItemCard_CarriesRefreshForWhoCanAct_AndRefreshShowsTheCurrentState()
    {
        var chat = await MesaAsync("Refresco");
        await chat.SendAsync("tarea actualizar catastro @Luis Soto para el 30/11");
        var shown = await chat.SendAsync("en curso T-1");
        var card = JsonSerializer.SerializeToElement(shown.Activities.Single().Attachments![0].Content);
        var refresh = card.GetProperty("refresh");
        var users = refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Contains(Luis.TeamsId, users);
        Assert.Contains(Ana.TeamsId, users);
        Assert.DoesNotContain(Francisca.TeamsId, users);
        var data = refresh.GetProperty("action").GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(CardVerbs.RefreshItem, refresh.GetProperty("action").GetProperty("verb").GetString());
        await chat.SendAsync("cumplida T-1");

        var refreshed = await chat.PressAsync(CardVerbs.RefreshItem, data);

        Assert.Contains("Cumplida", refreshed.CardText);
        Assert.Contains(CardVerbs.Reopen, refreshed.Body.GetRawText());
    }

    [Fact]
    public async Task CreatedCard_CarriesWhoCreatedItUndoAndRefreshForWhoCanAct()
    {
        var chat = await MesaAsync("Creadas");

        var created = await chat.SendAsync("tarea actualizar catastro @Luis Soto para el 30/11");

        created.AssertContains("Tarea T-1 registrada").AssertContains("Ana Pérez registró T-1");
        Assert.NotNull(created.ButtonData(CardVerbs.Undo));
        var card = JsonSerializer.SerializeToElement(created.Activities.Single().Attachments![0].Content);
        var refresh = card.GetProperty("refresh");
        var users = refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Contains(Luis.TeamsId, users);
        Assert.Contains(Ana.TeamsId, users);
        Assert.DoesNotContain(Francisca.TeamsId, users);
        Assert.InRange(users.Count, 1, 60);
        Assert.Equal(CardVerbs.RefreshItem, refresh.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task CreatedCard_RefreshAfterAChange_AnswersTheCurrentCard()
    {
        var chat = await MesaAsync("Creadas refresco");
        var created = await chat.SendAsync("tarea actualizar catastro @Luis Soto para el 30/11");
        var data = RefreshData(created);
        await chat.SendAsync("en curso T-1");

        var refreshed = await chat.PressAsync(CardVerbs.RefreshItem, data);

        Assert.Contains("En curso", refreshed.CardText);
        Assert.DoesNotContain("Tarea T-1 registrada", refreshed.CardText);
    }

    [Fact]
    public async Task CreatedCard_Undo_CancelsTheNewTaskAndKeepsItOnRecord()
    {
        var chat = await MesaAsync("Creadas deshacer");
        var created = await chat.SendAsync("tarea actualizar catastro @Luis Soto para el 30/11");

        var undone = await chat.PressAsync(CardVerbs.Undo, created.ButtonData(CardVerbs.Undo));

        Assert.Contains("Ana Pérez cambió el estado: Pendiente → Cancelada", undone.CardText);
        Assert.DoesNotContain("actualizar catastro", (await chat.SendAsync("pendientes")).AllText);
        Assert.Contains("Cancelada", (await chat.PressAsync(CardVerbs.RefreshItem, RefreshData(created))).CardText);
    }

    [Fact]
    public async Task CreatedCard_UndoAfterTenMinutes_RefusedAndTheTaskStays()
    {
        var chat = await MesaAsync("Creadas tarde");
        var created = await chat.SendAsync("tarea actualizar catastro @Luis Soto para el 30/11");
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(11));

        var refused = await chat.PressAsync(CardVerbs.Undo, created.ButtonData(CardVerbs.Undo));

        Assert.Contains("Pasaron más de 10 minutos", refused.CardText);
        (await chat.SendAsync("pendientes")).AssertContains("actualizar catastro");
    }

    [Fact]
    public async Task ReminderRefresh_FromTheOwnersPersonalChat_AnswersTheCurrentCard()
    {
        // A reminder's refresh sends mesa, ref and version, as the item card's does (ReminderRefreshTests).
        var chat = await MesaAsync("Recordatorio refresco");
        var data = RefreshData(await chat.SendAsync("tarea actualizar catastro @Luis Soto para el 30/11"));
        await chat.SendAsync("posponer T-1 el 4/12");
        var personal = new TeamsConversation(fixture, "personal", chat.TenantId) { Speaker = Luis };

        var refreshed = await personal.PressAsync(CardVerbs.RefreshItem, new Dictionary<string, string> { ["mesa"] = data["mesa"], ["ref"] = data["ref"], ["version"] = data["version"] });

        Assert.Contains("actualizar catastro", refreshed.CardText);
        Assert.Contains("viernes 4 de diciembre", refreshed.CardText);
    }

    private static Dictionary<string, string> RefreshData(Reply reply) =>
        JsonSerializer.SerializeToElement(reply.Activities.Single().Attachments![0].Content).GetProperty("refresh").GetProperty("action").GetProperty("data")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    [Fact]
    public async Task Reassign_OldOwnerUnreachable_ChangeStandsAndTheCardSaysWhoWasNotTold()
    {
        var chat = await MesaAsync("Inalcanzable");
        var task = await chat.SendAsync("tarea revisar bases técnicas @Luis Soto para el 27/11");
        var data = With(task.ButtonData(CardVerbs.Reassign), "responsable", Francisca.ObjectId);
        // The roster is cached, so the next Connector call is the old owner's personal chat: Teams says no.
        fixture.BotFramework.ScriptedFailures.Enqueue((403, null));

        var pressed = await chat.PressAsync(CardVerbs.Reassign, data);

        Assert.Contains("Luis Soto → Francisca Rojas", pressed.CardText);
        Assert.Contains("No pude avisar por chat personal a Luis Soto.", pressed.CardText);
        (await chat.SendAsync("pendientes")).AssertContains("Francisca Rojas");
    }

    private async Task<TeamsConversation> MesaAsync(string name)
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular " + name);
        return chat;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> data, string key, string value)
    {
        data[key] = value;
        return data;
    }

    private static Dictionary<string, string> ButtonData(InvokeReply reply, string verb) =>
        Reply.FindAction(reply.Body, verb) ?? throw new Xunit.Sdk.XunitException($"No button {verb} in:\n{reply.CardText}");

    /// <summary>The 1:1 messages of this conversation's tenant: whom each chat was opened with, and the card's text.</summary>
    private List<(string To, string Text)> PersonalNotices(TeamsConversation chat)
    {
        var calls = fixture.BotFramework.Calls.ToList();
        var opened = calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations") && c.Body.Contains(chat.TenantId)).ToList();
        return [.. opened.Select(c =>
        {
            var index = calls.IndexOf(c);
            var sent = calls.Skip(index + 1).First(s => s.Method == "POST" && s.Path.EndsWith("/activities"));
            return (c.Body, string.Join("\n", sent.Activity!.Attachments!.Select(a => Reply.Strings(JsonSerializer.SerializeToElement(a.Content)))));
        })];
    }
}
