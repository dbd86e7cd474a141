using System.Text.Json;
using MesaBot.Bot.Sessions;
using MesaBot.Cards;
using MesaBot.Conversations;
using MesaBot.Documents;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// A mesa's numbered sessions, typed in its channel: open with the agenda, log records, close into the
/// acta's draft, approve (coordinators) and freeze it on its hash, correct it as version 2. The host's clock
/// stands at Wednesday 25 November 2026, 09:00 in Santiago; the documents are the fixture's doubles. Each
/// test has a host of its own, since sessions move the clock by hours and days.
/// </summary>
public sealed class SessionTurnTests : IAsyncLifetime
{
    private readonly SessionHostFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private RosterMember Luis => fixture.BotFramework.Members[1];

    [Fact]
    public async Task OpenLogClose_ActaDraft_CardHasDownloadAndApproveAndContentHoldsEveryRecordInOrder()
    {
        var chat = await MesaAsync("Sesiones");
        (await chat.SendAsync("abrir sesión Sesión ordinaria")).AssertContains("Se abrió la sesión 1 de la mesa Sesiones");
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        await chat.SendAsync("tarea revisar bases técnicas @Luis Soto para el 27/11");
        await chat.SendAsync("compromiso CChC: enviar indicadores para el 15/12");
        await chat.SendAsync("acuerdo Se fija la próxima visita a terreno");
        await chat.SendAsync("asistentes @Luis Soto @Francisca Rojas CChC: Juan Pérez");
        (await chat.SendAsync("excusas @Ana Pérez")).AssertContains("2 asistentes, 1 excusas, 1 representantes");
        (await chat.SendAsync("próxima sesión 15 de enero 10:00")).AssertContains("viernes 15 de enero de 2027 10:00");
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(90));

        var closed = await chat.SendAsync("cerrar sesión");

        closed.AssertContains("Acta de la sesión 1 de la mesa Sesiones").AssertContains("09:00–10:30").AssertContains("Descargar acta (Word)");
        Assert.Contains("Action.OpenUrl", Json(closed));
        Assert.Equal("1", closed.ButtonData(CardVerbs.ApproveActa)["sesion"]);
        var acta = fixture.Builder.Built.Last(a => a.MesaName == "Sesiones");
        Assert.Equal((1, new DateOnly(2026, 11, 25), new TimeOnly(9, 0), (TimeOnly?)new TimeOnly(10, 30)), (acta.SessionNumber, acta.Date, acta.StartedAt, acta.EndedAt));
        Assert.Equal(["A-1", "A-2"], acta.Agreements.Select(a => a.Id));
        Assert.Equal("Se aprueba la hoja de ruta", acta.Agreements[0].Text);
        var task = Assert.Single(acta.Tasks);
        Assert.Equal(("T-1", "Luis Soto", new DateOnly(2026, 11, 27)), (task.Id, task.Owner, task.DueDate));
        var commitment = Assert.Single(acta.Commitments);
        Assert.Equal(("C-1", new DateOnly(2026, 12, 15)), (commitment.Id, commitment.DueDate));
        Assert.Contains("Cámara Chilena", commitment.Partner);
        Assert.Equal(["Luis Soto", "Francisca Rojas"], acta.Attendees);
        Assert.Equal(["Ana Pérez"], acta.Apologies);
        Assert.Equal(new ActaPartnerRepresentative("CChC", "Juan Pérez"), Assert.Single(acta.PartnerRepresentatives));
        Assert.Equal(new ActaNextSession(new DateOnly(2027, 1, 15), new TimeOnly(10, 0)), acta.NextSession);
        Assert.Null(acta.Approval);
    }

    [Fact]
    public async Task CarriedForward_NextSessionsAgendaListsThemAndItsActaSaysWhatChanged()
    {
        var chat = await MesaAsync("Arrastre");
        await chat.SendAsync("sesión");
        await chat.SendAsync("tarea revisar bases técnicas @Luis Soto para el 27/11");
        await chat.SendAsync("tarea preparar minuta @Luis Soto para el 30/11");
        await chat.SendAsync("tarea ordenar carpeta @Luis Soto para el 01/12");
        await chat.SendAsync("cerrar sesión");
        fixture.Host.Time.Advance(TimeSpan.FromDays(7));

        var opened = await chat.SendAsync("abrir sesión");
        opened.AssertContains("Se abrió la sesión 2").AssertContains("El acta de la sesión 1 espera aprobación.")
            .AssertContains("Pendientes de sesiones anteriores (3)").AssertContains("revisar bases técnicas");
        Assert.Equal("1", opened.ButtonData(CardVerbs.ApproveActa)["sesion"]);
        Assert.Equal("T-1", opened.ButtonData(CardVerbs.ShowItem)["ref"]);
        await chat.SendAsync("cumplida T-1");
        await chat.SendAsync("posponer T-2 el 17/12");
        await chat.SendAsync("reasignar T-3 @Francisca Rojas");
        await chat.SendAsync("cerrar sesión");

        var acta = fixture.Builder.Built.Last(a => a.MesaName == "Arrastre" && a.SessionNumber == 2);
        Assert.Empty(acta.Tasks);
        var carried = acta.CarriedForward.ToDictionary(c => c.Id);
        Assert.Equal(ActaOutcome.Completed, carried["T-1"].Outcome);
        Assert.Contains("Pendiente → Cumplida", Assert.Single(carried["T-1"].Changes));
        Assert.Equal((ActaOutcome.Postponed, new DateOnly(2026, 12, 17)), (carried["T-2"].Outcome, carried["T-2"].DueDate));
        Assert.Contains("30/11 → 17/12", Assert.Single(carried["T-2"].Changes));
        Assert.Equal((ActaOutcome.Reassigned, "Francisca Rojas"), (carried["T-3"].Outcome, carried["T-3"].Responsible));
        Assert.Contains("Luis Soto → Francisca Rojas", Assert.Single(carried["T-3"].Changes));
    }

    [Fact]
    public async Task Approve_ByCoordinator_HashInAuditAndCardAndTheBytesNeverChangeAfterAnEdit()
    {
        var chat = await MesaAsync("Aprobaciones");
        await chat.SendAsync("abrir sesión");
        await chat.SendAsync("acuerdo Se aprueba el presupuesto");
        var draft = await chat.SendAsync("cerrar sesión");

        var pressed = await chat.PressAsync(CardVerbs.ApproveActa, draft.ButtonData(CardVerbs.ApproveActa));

        var mesa = await MesaOfAsync(chat);
        var session = (await Sessions.GetAsync(mesa, 1, CancellationToken.None))!;
        var approval = Assert.IsType<ActaApprovalRecord>(session.CurrentApproval);
        var bytes = fixture.Delivery.Stored[approval.Document.StoredName];
        Assert.Equal(approval.Document.Sha256, new DocumentFile("x", "x", bytes).Sha256);
        Assert.Contains(approval.Document.Sha256, pressed.CardText);
        Assert.Contains("Aprobada por Ana Pérez", pressed.CardText);
        var line = (await Audit.HistoryAsync(mesa, 1)).Single(l => l.Action == AuditAction.ActaApproved);
        Assert.Equal((approval.Document.Sha256, "Ana Pérez"), (line.NewValue, line.By.Name));
        Assert.Equal("Ana Pérez", JsonActaBuilder.Read(bytes).Approval!.ApprovedBy);

        await chat.SendAsync("anular A-1 se registró con un monto erróneo");
        var again = await chat.SendAsync("acta 1");

        again.AssertContains(approval.Document.Sha256);
        Assert.Equal(approval.Document.Sha256, new DocumentFile("x", "x", fixture.Delivery.Stored[approval.Document.StoredName]).Sha256);
        Assert.Null(JsonActaBuilder.Read(bytes).Agreements[0].AnnulledReason);
        Assert.Equal(approval, (await Sessions.GetAsync(mesa, 1, CancellationToken.None))!.CurrentApproval);
        (await chat.SendAsync("aprobar acta 1")).AssertContains("ya está aprobada");
    }

    [Fact]
    public async Task Correct_AnApprovedActa_IsVersionTwoReplacingOneAndMustBeApprovedAgain()
    {
        var chat = await MesaAsync("Correcciones");
        await chat.SendAsync("abrir sesión");
        await chat.SendAsync("acuerdo Se aprueba el cronograma");
        await chat.SendAsync("cerrar sesión");
        await chat.SendAsync("aprobar acta 1");

        var corrected = await chat.SendAsync("corregir acta 1");

        corrected.AssertContains("versión 2").AssertContains("borrador");
        Assert.Equal("2", corrected.ButtonData(CardVerbs.ApproveActa)["version"]);
        var draft = fixture.Builder.Built.Last(a => a.MesaName == "Correcciones");
        Assert.Equal((2, (int?)1, (ActaApproval?)null), (draft.Version, draft.ReplacesVersion, draft.Approval));
        (await chat.SendAsync("actas")).AssertContains("Sesión 1").AssertContains("corrección en borrador (versión 2)");
        await chat.SendAsync("aprobar acta 1");
        (await chat.SendAsync("actas")).AssertContains("aprobada (versión 2)");
        var session = (await Sessions.GetAsync(await MesaOfAsync(chat), 1, CancellationToken.None))!;
        Assert.Equal([1, 2], session.Approvals.Select(a => a.Version));
        Assert.NotEqual(session.Approvals[0].Document.Sha256, session.Approvals[1].Document.Sha256);
    }

    [Fact]
    public async Task Approve_ByAMemberWhoIsNotCoordinator_RefusedAndNothingIsFrozen()
    {
        var chat = await MesaAsync("Solo coordinación");
        await chat.SendAsync("abrir sesión");
        var draft = await chat.SendAsync("cerrar sesión");
        chat.Speaker = Luis;

        var typed = await chat.SendAsync("aprobar acta 1");
        var pressed = await chat.PressAsync(CardVerbs.ApproveActa, draft.ButtonData(CardVerbs.ApproveActa));

        typed.AssertContains("coordina");
        Assert.Contains("coordina", pressed.CardText);
        Assert.False((await Sessions.GetAsync(await MesaOfAsync(chat), 1, CancellationToken.None))!.IsApproved);
    }

    [Fact]
    public async Task Open_TwiceAndFromAnotherMesa_SecondRefusedShowingTheOpenOneAndOtherMesaSeesNothing()
    {
        var chat = await MesaAsync("Privada");
        await chat.SendAsync("abrir sesión Reunión de directorio");
        await chat.SendAsync("acuerdo Se aprueba el acuerdo reservado");
        var other = new TeamsConversation(fixture, tenantId: chat.TenantId);
        await other.SendAsync("vincular Vecina");

        var second = await chat.SendAsync("abrir sesión");
        var list = await other.SendAsync("actas");
        var acta = await other.SendAsync("acta 1");
        var button = await other.PressAsync(CardVerbs.ShowActa, new Dictionary<string, string> { ["mesa"] = (await MesaOfAsync(chat)).Id, ["sesion"] = "1" });

        second.AssertContains("Ya hay una sesión abierta: la sesión 1 (Reunión de directorio)");
        list.AssertContains("Aún no hay sesiones");
        Assert.DoesNotContain("directorio", list.AllText + acta.AllText + button.CardText);
        acta.AssertContains("No encuentro la sesión 1");
        Assert.DoesNotContain("reservado", button.CardText);
    }

    [Fact]
    public async Task MeetingEvents_RealShapedPayloads_OpenFillAttendanceAndClose()
    {
        var chat = await MesaAsync("Reuniones");
        const string meetingId = "MCMjMCMjZGVtb19tZWV0aW5nX2lkIyM=";

        await chat.EventAsync("application/vnd.microsoft.meetingStart", new { Id = meetingId, JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x", Title = "Mesa mensual", MeetingType = "Scheduled", StartTime = "2026-11-25T12:00:05.000Z" });
        await chat.EventAsync("application/vnd.microsoft.meetingParticipantJoin", new
        {
            members = new[]
            {
                new { user = new { tenantId = chat.TenantId, objectId = Luis.ObjectId, aadObjectId = Luis.ObjectId, id = Luis.TeamsId, name = Luis.Name }, meeting = new { inMeeting = true, role = "Attendee" } },
            },
        });
        fixture.Host.Time.Advance(TimeSpan.FromHours(1));
        var ended = (await chat.EventAsync("application/vnd.microsoft.meetingEnd", new { Id = meetingId, JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x", Title = "Mesa mensual", MeetingType = "Scheduled", EndTime = "2026-11-25T13:00:00.000Z" })).AllText;

        Assert.Contains("Acta de la sesión 1", ended);
        var session = (await Sessions.GetAsync(await MesaOfAsync(chat), 1, CancellationToken.None))!;
        Assert.Equal(("Mesa mensual", SessionModality.Online, meetingId), (session.Title, session.Modality, session.MeetingId));
        Assert.Equal(Luis.ObjectId, Assert.Single(session.Attendees).ObjectId);
        Assert.False(session.IsOpen);
        Assert.Equal(new TimeOnly(10, 0), fixture.Builder.Built.Last(a => a.MesaName == "Reuniones").EndedAt);
    }

    [Fact]
    public async Task MissedMeetingEnd_NextOpeningHoursLater_AsksWhetherToCloseAndTheButtonCloses()
    {
        var chat = await MesaAsync("Olvidos");
        await chat.EventAsync("application/vnd.microsoft.meetingStart", new { Id = "meeting-1", Title = "Mesa", MeetingType = "Scheduled", StartTime = "2026-11-25T12:00:00.000Z" });
        fixture.Host.Time.Advance(TimeSpan.FromHours(5));

        var asked = await chat.SendAsync("abrir sesión");

        asked.AssertContains("¿Cerrar la sesión 1?");
        var pressed = await chat.PressAsync(CardVerbs.CloseSession, asked.ButtonData(CardVerbs.CloseSession));
        Assert.Contains("Acta de la sesión 1", pressed.CardText);
        (await chat.SendAsync("abrir sesión")).AssertContains("Se abrió la sesión 2");
    }

    [Fact]
    public async Task MissedMeetingEnd_IdleSweep_AsksOnceInTheConversationAndCloseBuildsTheActa()
    {
        var chat = await MesaAsync("Inactiva");
        await Conversations.RegisterAsync(ConversationReference.From(chat.Message("instalación"))!, CancellationToken.None);
        await chat.EventAsync("application/vnd.microsoft.meetingStart", new { Id = "meeting-7", Title = "Mesa", MeetingType = "Scheduled", StartTime = "2026-11-25T12:00:00.000Z" });
        fixture.Host.Time.Advance(TimeSpan.FromHours(2));
        await chat.SendAsync("acuerdo Se aprueba el plan de trabajo");

        var early = await Sweep.SweepAsync(fixture.Host.Time.GetUtcNow().AddHours(3), CancellationToken.None);
        fixture.Host.Time.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        var first = await Sweep.SweepAsync(fixture.Host.Time.GetUtcNow(), CancellationToken.None);
        fixture.Host.Time.Advance(TimeSpan.FromHours(5));
        var second = await Sweep.SweepAsync(fixture.Host.Time.GetUtcNow(), CancellationToken.None);

        // Two hours in, the acuerdo is the last activity: three hours later it is not yet four hours old.
        Assert.Equal((0, 1, 0), (early, first, second));
        // A new message in the channel (POST …/activities), not a reply to anyone's.
        var questions = fixture.BotFramework.Calls
            .Where(c => c.Method == "POST" && c.Path.EndsWith($"/conversations/{chat.ConversationId}/activities", StringComparison.Ordinal))
            .Select(c => c.Activity!).Where(a => new Reply([a]).AllText.Contains("¿Cerrar la sesión 1?")).ToList();
        var question = new Reply([Assert.Single(questions)]);
        Assert.NotNull((await Sessions.GetAsync(await MesaOfAsync(chat), 1, CancellationToken.None))!.CloseAskedAt);

        var pressed = await chat.PressAsync(CardVerbs.CloseSession, question.ButtonData(CardVerbs.CloseSession));

        Assert.Contains("Acta de la sesión 1", pressed.CardText);
        var acta = fixture.Builder.Built.Last(a => a.MesaName == "Inactiva");
        Assert.Equal(["A-1"], acta.Agreements.Select(a => a.Id));
        Assert.False((await Sessions.GetAsync(await MesaOfAsync(chat), 1, CancellationToken.None))!.IsOpen);
        Assert.Equal(0, await Sweep.SweepAsync(fixture.Host.Time.GetUtcNow().AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task AttendanceCard_RosterAsCheckboxesAndPartnerLines_FillsTheActa()
    {
        var chat = await MesaAsync("Asistencia");
        await chat.SendAsync("abrir sesión");

        var card = await chat.SendAsync("asistencia");
        Assert.Contains("\"isMultiSelect\":true", Json(card));
        card.AssertContains("Luis Soto").AssertContains("Francisca Rojas");
        var data = card.ButtonData(CardVerbs.SessionAttendance);
        data["asistentes"] = $"{Luis.ObjectId},{fixture.BotFramework.Members[2].ObjectId},aad-nadie";
        data["excusas"] = fixture.BotFramework.Members[0].ObjectId;
        data["socios"] = "CChC: Juan Pérez\nCorfo: Marta Díaz";
        var saved = await chat.PressAsync(CardVerbs.SessionAttendance, data);
        await chat.SendAsync("cerrar sesión");

        Assert.Contains("2 asistentes, 1 excusas, 2 representantes", saved.CardText);
        var acta = fixture.Builder.Built.Last(a => a.MesaName == "Asistencia");
        Assert.Equal(["Luis Soto", "Francisca Rojas"], acta.Attendees);
        Assert.Equal(["Ana Pérez"], acta.Apologies);
        Assert.Equal(["CChC", "Corfo"], acta.PartnerRepresentatives.Select(r => r.Partner));
    }

    [Fact]
    public async Task AgendaCard_CarriesTheRosterCheckboxesAndPartnerLines_TickingThereFillsTheActa()
    {
        var chat = await MesaAsync("Asistencia al abrir");

        var opened = await chat.SendAsync("abrir sesión");

        var json = Json(opened);
        Assert.Contains("\"isMultiSelect\":true", json);
        Assert.Contains("\"id\":\"socios\"", json);
        Assert.DoesNotContain("\"id\":\"excusas\"", json);
        opened.AssertContains("Asistencia a la sesión 1").AssertContains("Luis Soto").AssertContains("Francisca Rojas");
        var data = opened.ButtonData(CardVerbs.SessionAttendance);
        data["asistentes"] = $"{Luis.ObjectId},{fixture.BotFramework.Members[2].ObjectId}";
        data["socios"] = "CChC: Juan Pérez";
        var saved = await chat.PressAsync(CardVerbs.SessionAttendance, data);
        await chat.SendAsync("cerrar sesión");

        Assert.Contains("2 asistentes, 0 excusas, 1 representantes", saved.CardText);
        var acta = fixture.Builder.Built.Last(a => a.MesaName == "Asistencia al abrir");
        Assert.Equal(["Luis Soto", "Francisca Rojas"], acta.Attendees);
        Assert.Equal(new ActaPartnerRepresentative("CChC", "Juan Pérez"), Assert.Single(acta.PartnerRepresentatives));
    }

    [Fact]
    public async Task EnglishMesa_SessionAndActa_InEnglish()
    {
        var chat = await MesaAsync("Bilingüe");
        await chat.SendAsync("mesa idioma en");

        (await chat.SendAsync("open session")).AssertContains("Session 1 of the Bilingüe working group is open").AssertContains("Nothing is open from earlier sessions.");
        var closed = await chat.SendAsync("close session");

        closed.AssertContains("Minutes of session 1").AssertContains("Download minutes (Word)").AssertContains("Approve");
        Assert.Equal("en", fixture.Builder.Built.Last(a => a.MesaName == "Bilingüe").Language);
    }

    private IdleSessionSweep Sweep => fixture.Host.Services.GetRequiredService<IdleSessionSweep>();

    private ConversationStore Conversations => fixture.Host.Services.GetRequiredService<ConversationStore>();

    private SessionStore Sessions => fixture.Host.Services.GetRequiredService<SessionStore>();

    private AuditReader Audit => new(fixture.Host.Services.GetRequiredService<AuditLog>());

    private async Task<TeamsConversation> MesaAsync(string name)
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular " + name);
        return chat;
    }

    private async Task<Mesa> MesaOfAsync(TeamsConversation chat) =>
        (await fixture.Host.Services.GetRequiredService<MesaStore>().FindByConversationAsync(chat.TenantId, chat.ConversationId, CancellationToken.None))!;

    private static string Json(Reply reply) => string.Join("\n", reply.Activities.SelectMany(a => a.Attachments ?? []).Select(a => System.Text.Json.JsonSerializer.Serialize(a.Content)));

    private sealed class AuditReader(AuditLog audit)
    {
        public Task<IReadOnlyList<AuditEntry>> HistoryAsync(Mesa mesa, int session) => audit.SessionHistoryAsync(mesa, session, CancellationToken.None);
    }
}
