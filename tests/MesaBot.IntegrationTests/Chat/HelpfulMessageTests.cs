using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Chat;

/// <summary>
/// Issue 14, finding 7: the messages that were wrong or dead ends, sent again as a new user would
/// (today is Wednesday 25 November 2026 in the fixture).
/// </summary>
public sealed class HelpfulMessageTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task Vencidas_NothingOverdueButFourPending_SaysSoAndOffersThePendingList()
    {
        var chat = await MesaAsync();
        for (var i = 1; i <= 4; i++)
        {
            await chat.SendAsync($"tarea revisar punto {i} @Luis Soto para el viernes");
        }

        var reply = await chat.SendAsync("vencidas");

        reply.AssertContains("No hay nada vencido. Hay 4 pendientes, todos en plazo.");
        Assert.DoesNotContain("Buen trabajo", reply.AllText);
        Assert.Equal(ListQueriesPending, reply.ButtonData(CardVerbs.ShowMore)["consulta"]);
    }

    [Fact]
    public async Task Vencidas_EmptyMesa_SaysNothingOverdueNorPending()
    {
        var chat = await MesaAsync();

        (await chat.SendAsync("vencidas")).AssertContains("No hay nada vencido ni pendiente en esta mesa.");
    }

    [Fact]
    public async Task PendientesPersona_NoneOfTheirs_NamesThemNotTheSpeaker()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("tarea revisar bases @Luis Soto para el viernes");

        var reply = await chat.SendAsync("pendientes @Francisca Rojas");

        reply.AssertContains("Pendientes de Francisca Rojas").AssertContains("Francisca Rojas no tiene tareas ni compromisos pendientes en esta mesa.");
        Assert.DoesNotContain("Ana Pérez", reply.AllText);
    }

    [Fact]
    public async Task PendientesSelf_NoneOfMine_SpeaksToMe()
    {
        var chat = await MesaAsync();

        (await chat.SendAsync("pendientes @Ana Pérez")).AssertContains("No tienes tareas ni compromisos pendientes en esta mesa.");
    }

    [Fact]
    public async Task PendientesSocio_KnownPartnerWithNothingOpen_SaysThePartnerHasNothingOpen()
    {
        var chat = await MesaAsync();

        (await chat.SendAsync("pendientes CChC")).AssertContains("No hay compromisos abiertos de Cámara Chilena de la Construcción.");
    }

    [Fact]
    public async Task PendientesUnknownWords_SaysNoSuchPartnerAndHowToList()
    {
        var chat = await MesaAsync();

        (await chat.SendAsync("pendientes de la semana")).AssertContains("Esta mesa no tiene un socio «de la semana».");
    }

    [Fact]
    public async Task MisPendientes_Nothing_SaysNothingInAnyMesa()
    {
        var chat = new TeamsConversation(fixture, "personal");

        (await chat.SendAsync("mis pendientes")).AssertContains("No tienes tareas ni compromisos pendientes en ninguna mesa.");
    }

    [Fact]
    public async Task Anular_WithReason_KeepsTheAgreementMarkedAndShowsWhyInTheList()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta (repetido)");

        var annulled = await chat.SendAsync("anular A-2 se registró dos veces");

        annulled.AssertContains("Acuerdo A-2 anulado").AssertContains("Se aprueba la hoja de ruta (repetido)")
            .AssertContains("Anulado por").AssertContains("Ana Pérez").AssertContains("se registró dos veces");
        Assert.Contains("\"strikethrough\":true", Json(annulled));
        var list = await chat.SendAsync("acuerdos");
        list.AssertContains("A-1").AssertContains("A-2").AssertContains("Anulado: se registró dos veces");
    }

    [Fact]
    public async Task Anular_Twice_SaysItIsAlreadyAnnulled()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        await chat.SendAsync("anular A-1 error de tipeo");

        (await chat.SendAsync("anular A-1 otra vez")).AssertContains("El acuerdo A-1 ya está anulado (lo anuló Ana Pérez: «error de tipeo»)");
    }

    [Fact]
    public async Task Anular_WithoutReason_AsksForTheReason()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");

        (await chat.SendAsync("anular A-1")).AssertContains("Falta el motivo.");
        (await chat.SendAsync("acuerdos")).AssertContains("Se aprueba la hoja de ruta");
        Assert.DoesNotContain("Anulado", (await chat.SendAsync("acuerdos")).AllText);
    }

    [Fact]
    public async Task Anular_ByMemberWhoIsNeitherAuthorNorCoordinator_Refused()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        chat.Speaker = fixture.BotFramework.Members[1];

        (await chat.SendAsync("anular A-1 no corresponde"))
            .AssertContains("Solo quien registró el acuerdo A-1 (Ana Pérez) o la coordinación de la mesa pueden anularlo.");
    }

    [Fact]
    public async Task Anular_ByItsAuthorWhoIsNotCoordinator_Annuls()
    {
        var chat = await MesaAsync();
        chat.Speaker = fixture.BotFramework.Members[1];
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");

        (await chat.SendAsync("anular A-1 lo registré en la mesa equivocada")).AssertContains("Acuerdo A-1 anulado");
    }

    [Fact]
    public async Task Anular_ATask_PointsToCancelar()
    {
        var chat = await MesaAsync();

        (await chat.SendAsync("anular T-6 ya no va")).AssertContains("Solo los acuerdos se anulan. T-6 se deja sin efecto con **cancelar T-6**.");
    }

    [Fact]
    public async Task CancelarAgreement_ExplainsAgreementsAreAnnulled()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");

        var reply = await chat.SendAsync("cancelar A-2");

        reply.AssertContains("Los acuerdos no se cancelan: se anulan").AssertContains("**anular A-2** «motivo»");
        Assert.DoesNotContain("Indica el id", reply.AllText);
    }

    [Theory]
    [InlineData("borrar T-6", "Para dejar sin efecto T-6 escribe **cancelar T-6**.")]
    [InlineData("eliminar C-2", "Para dejar sin efecto C-2 escribe **cancelar C-2**.")]
    [InlineData("borrar A-2", "Para dejar sin efecto el acuerdo A-2 escribe **anular A-2** «motivo».")]
    [InlineData("borrar", "Una tarea o un compromiso se cancela (**cancelar T-3**) y un acuerdo se anula (**anular A-2** «motivo»).")]
    public async Task Borrar_PointsToTheCommandThatApplies_WithTheIdFilledIn(string typed, string expected)
    {
        var chat = await MesaAsync();

        (await chat.SendAsync(typed)).AssertContains("En MesaBot nada se borra").AssertContains(expected);
    }

    [Fact]
    public async Task ShowPending_InSpanishMesa_OffersPendientesAsAButtonThatRunsIt()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("tarea revisar bases @Luis Soto para el viernes");

        var suggestion = await chat.SendAsync("show pending");

        suggestion.AssertContains("No entendí «show pending».").AssertContains("¿Quisiste decir pendientes?");
        var data = suggestion.ButtonData(CardVerbs.RunCommand);
        Assert.Equal("pendientes", data["comando"]);
        var pressed = await chat.PressAsync(CardVerbs.RunCommand, data);
        Assert.Contains("Ejecuté **pendientes** por ti.", pressed.CardText);
        new Reply(SentFor(pressed.ActivityId)).AssertContains("Pendientes de la mesa Resiliencia").AssertContains("revisar bases");
    }

    [Fact]
    public async Task Typo_WithMention_ButtonRunsTheCommandForThatPerson()
    {
        var chat = await MesaAsync();
        await chat.SendAsync("tarea revisar bases @Luis Soto para el viernes");

        var suggestion = await chat.SendAsync("pendeintes @Luis Soto");

        suggestion.AssertContains("No entendí «pendeintes @Luis Soto».").AssertContains("¿Quisiste decir pendientes?");
        var pressed = await chat.PressAsync(CardVerbs.RunCommand, suggestion.ButtonData(CardVerbs.RunCommand));
        new Reply(SentFor(pressed.ActivityId)).AssertContains("Pendientes de Luis Soto").AssertContains("revisar bases");
    }

    [Theory]
    [InlineData("show pending", "revisar bases")]
    [InlineData("my tasks", "revisar bases")]
    [InlineData("add task enviar oficio @Luis Soto para el viernes", "T-2")]
    [InlineData("mark done T-1", "T-1")]
    public async Task EnglishPhrasing_InEnglishMesa_RunsTheCommand(string typed, string expected)
    {
        var chat = await MesaAsync();
        await chat.SendAsync("tarea revisar bases @Ana Pérez para el viernes");
        await chat.SendAsync("mesa idioma en");

        var reply = await chat.SendAsync(typed);

        reply.AssertContains(expected);
        Assert.DoesNotContain("Did you mean", reply.AllText);
        Assert.DoesNotContain("did not understand", reply.AllText);
    }

    [Fact]
    public async Task Welcome_InChannel_StartsWithVincular()
    {
        var chat = new TeamsConversation(fixture);

        var welcome = await InstallAsync(chat);

        welcome.AssertContains("Primer paso: vincula esta conversación a su mesa escribiendo **@MesaBot vincular** «mesa»");
        // The link step comes before anything else to do, and before the help.
        Assert.True(welcome.AllText.IndexOf("Primer paso", StringComparison.Ordinal) < welcome.AllText.IndexOf("Luego registra", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Welcome_InPersonalChat_StartsWithMisPendientesAndItsButtonRunsIt()
    {
        var chat = new TeamsConversation(fixture, "personal");

        var welcome = await InstallAsync(chat);

        welcome.AssertContains("Escribe **mis pendientes** para ver tus tareas y compromisos de todas las mesas.");
        Assert.DoesNotContain("vincular", welcome.AllText);
        var pressed = await chat.PressAsync(CardVerbs.RunCommand, welcome.ButtonData(CardVerbs.RunCommand));
        new Reply(SentFor(pressed.ActivityId)).AssertContains("Mis pendientes");
    }

    [Fact]
    public async Task Created_ForMyself_SpeaksToMeNotOfMe()
    {
        var chat = await MesaAsync();

        var task = await chat.SendAsync("tarea revisar bases @Ana Pérez para el viernes");
        var commitment = await chat.SendAsync("compromiso CChC: enviar propuesta de indicadores para el 15/12");
        var other = await chat.SendAsync("tarea enviar oficio @Luis Soto para el viernes");

        task.AssertContains("Tarea T-1 registrada. Te avisaré antes de que venza.");
        commitment.AssertContains("Compromiso C-1 de Cámara Chilena de la Construcción registrado. Te recordaré hacerle seguimiento.");
        Assert.DoesNotContain("Le recordaré a Ana Pérez", commitment.AllText);
        other.AssertContains("Le avisaré a Luis Soto antes de que venza.");
    }

    [Fact]
    public async Task Vincular_NewMesa_TellsMeIAmItsCoordinator()
    {
        var chat = new TeamsConversation(fixture);

        var reply = await chat.SendAsync("vincular Resiliencia");

        reply.AssertContains("Quedas en su coordinación.");
        Assert.DoesNotContain("Ana Pérez queda", reply.AllText);
    }

    private IReadOnlyList<Protocol.Activity> SentFor(string activityId) =>
        [.. fixture.BotFramework.SentActivities().Where(a => a.ReplyToId == activityId)];

    private async Task<Reply> InstallAsync(TeamsConversation chat)
    {
        var install = chat.Message(string.Empty);
        install.Type = "installationUpdate";
        install.Action = "add";
        install.Text = null;
        install.Entities = null;
        await fixture.Client.SendAsync(install);
        return new Reply(SentFor(install.Id!));
    }

    private const string ListQueriesPending = "pendientes";

    private async Task<TeamsConversation> MesaAsync()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        return chat;
    }

    private static string Json(Reply reply) =>
        string.Join("\n", reply.Activities.SelectMany(a => a.Attachments ?? []).Select(a => System.Text.Json.JsonSerializer.Serialize(a.Content)));
}
