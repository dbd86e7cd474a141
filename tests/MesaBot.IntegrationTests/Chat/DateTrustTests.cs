using System.Text.Json;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Chat;

/// <summary>
/// Issue 14, findings 1–4 and the creation-time parts of 5 and 7: the exact texts that failed, typed on
/// Tuesday 1 December 2026 at 09:00 in Santiago, now do the right thing.
/// </summary>
// Without authentication: the test tokens are valid around MesaBotFactory.Start, and these tests stand a week later.
public sealed class DateTrustTests : IClassFixture<UnauthenticatedHostFixture>
{
    private readonly BotHostFixture _fixture;

    public DateTrustTests(UnauthenticatedHostFixture fixture)
    {
        _fixture = fixture;
        fixture.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Tarea_DayAndMonthJustPast_AsksAndCreatesNothingUntilChosen()
    {
        var chat = await MesaAsync();

        var question = await chat.SendAsync("tarea enviar oficio a la Dirección @Luis Soto para el 27/11");

        question.AssertContains("El viernes 27 de noviembre ya pasó").AssertContains("Registrar como vencida el 27/11")
            .AssertContains("Para el sábado 27 de noviembre de 2027");
        Assert.DoesNotContain("T-1", question.AllText);
        Assert.DoesNotContain("enviar oficio", (await chat.SendAsync("pendientes")).AllText);
    }

    [Fact]
    public async Task Tarea_PastDateBothButtonsAndDoublePress_OneOverdueTarea()
    {
        var chat = await MesaAsync();
        var question = await chat.SendAsync("tarea enviar oficio a la Dirección @Luis Soto para el 27/11");
        var overdue = Button(question, "Registrar como vencida");
        var nextYear = Button(question, "Para el sábado");

        var first = await chat.PressAsync(CardVerbs.CreateHeldTask, overdue);
        var again = await chat.PressAsync(CardVerbs.CreateHeldTask, overdue);
        var other = await chat.PressAsync(CardVerbs.CreateHeldTask, nextYear);

        Assert.Contains("Tarea T-1 registrada", first.CardText);
        Assert.Contains("viernes 27 de noviembre", first.CardText);
        Assert.Contains("T-1", again.CardText);
        Assert.Contains("T-1", other.CardText);
        Assert.DoesNotContain("T-2", (await chat.SendAsync("pendientes")).AllText);
        (await chat.SendAsync("vencidas")).AssertContains("enviar oficio a la Dirección");
    }

    [Fact]
    public async Task Tarea_PastDateForNextYear_CreatedNextYear()
    {
        var chat = await MesaAsync();
        var question = await chat.SendAsync("tarea enviar oficio @Luis Soto para el 27/11");

        var created = await chat.PressAsync(CardVerbs.CreateHeldTask, Button(question, "Para el sábado"));

        Assert.Contains("sábado 27 de noviembre de 2027", created.CardText);
        Assert.DoesNotContain("enviar oficio", (await chat.SendAsync("vencidas")).AllText);
    }

    [Theory]
    [InlineData("tarea @Ana Pérez enviar el informe el viernes", "viernes 4 de diciembre")]
    [InlineData("tarea enviar el informe @Ana Pérez el viernes", "viernes 4 de diciembre")]
    [InlineData("tarea enviar el informe @Luis Soto 15/12", "martes 15 de diciembre")]
    [InlineData("tarea revisar bases @Luis Soto en 10 días hábiles", "miércoles 16 de diciembre")]
    [InlineData("tarea revisar bases @Luis Soto dentro de 5 días hábiles", "miércoles 9 de diciembre")]
    [InlineData("tarea revisar bases @Luis Soto mañana a las 10", "miércoles 2 de diciembre")]
    [InlineData("tarea revisar bases @Luis Soto el viernes a las 15:00", "viernes 4 de diciembre")]
    [InlineData("tarea cerrar balance @Luis Soto a fin de año", "jueves 31 de diciembre")]
    public async Task Tarea_DatesAsPeopleWriteThem_Created(string command, string due)
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync(command);

        reply.AssertContains("Tarea T-1 registrada").AssertContains(due);
        Assert.DoesNotContain("Falta el plazo", reply.AllText);
    }

    [Fact]
    public async Task Tarea_TimeOfDay_StoredAndShownOnTheCard()
    {
        var chat = await MesaAsync();

        var created = await chat.SendAsync("tarea revisar bases @Luis Soto el viernes a las 15:00");
        var refreshed = await chat.PressAsync(CardVerbs.RefreshItem, created.ButtonData(CardVerbs.Complete));

        created.AssertContains("viernes 4 de diciembre a las 15:00");
        Assert.Contains("viernes 4 de diciembre a las 15:00", refreshed.CardText); // read back from the stored row
    }

    [Fact]
    public async Task Tarea_TimeOfDayWithPastDate_KeptThroughTheQuestion()
    {
        var chat = await MesaAsync();
        var question = await chat.SendAsync("tarea enviar oficio @Luis Soto el 27/11 a las 10");

        var created = await chat.PressAsync(CardVerbs.CreateHeldTask, Button(question, "Para el sábado"));

        Assert.Contains("sábado 27 de noviembre de 2027 a las 10:00", created.CardText);
    }

    [Fact]
    public async Task Compromiso_TimeOfDay_StoredAndShown()
    {
        var chat = await MesaAsync();

        var created = await chat.SendAsync("compromiso Corfo: enviar planos el viernes a las 9:30");

        created.AssertContains("C-1").AssertContains("viernes 4 de diciembre a las 09:30");
    }

    [Fact]
    public async Task Tarea_ManifestHintWithoutMention_AsksTheOwnerThenCreates()
    {
        var chat = await MesaAsync();

        var question = await chat.SendAsync("tarea enviar el informe el viernes");
        var created = await chat.PressAsync(CardVerbs.CreateHeldTask, Button(question, "Yo"));

        question.AssertContains("¿Quién es responsable?").AssertContains("Luis Soto");
        Assert.DoesNotContain("Falta el plazo", question.AllText);
        Assert.Contains("Tarea T-1 registrada. Te avisaré antes de que venza.", created.CardText); // "Yo": the author, spoken to as tú
        Assert.Contains("viernes 4 de diciembre", created.CardText);
    }

    [Fact]
    public async Task Tarea_RosterNameWithoutAt_OfferedAsOwner()
    {
        var chat = await MesaAsync();

        var question = await chat.SendAsync("tarea coordinar visita a terreno con Luis Soto para el viernes");
        var created = await chat.PressAsync(CardVerbs.CreateHeldTask, Button(question, "Luis Soto"));

        question.AssertContains("¿Quién es responsable?").AssertContains("Escribiste «Luis Soto»");
        Assert.Contains("Le avisaré a Luis Soto", created.CardText);
    }

    [Theory]
    [InlineData("tarea preparar bases @Luis Soto para marzo", "«marzo» es muy amplio para un plazo", "lunes 1 de marzo de 2027")]
    [InlineData("tarea preparar bases @Luis Soto primera semana de enero", "es muy amplio para un plazo", "lunes 4 de enero de 2027")]
    public async Task Tarea_VagueDate_SuggestionsCreateIt(string command, string says, string suggestion)
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync(command);
        var created = await chat.PressAsync(CardVerbs.CreateHeldTask, Button(reply, suggestion));

        reply.AssertContains(says);
        Assert.DoesNotContain("Falta el plazo", reply.AllText);
        Assert.Contains("Tarea T-1 registrada", created.CardText);
        Assert.Contains(suggestion, created.CardText);
        Assert.Contains("preparar bases", created.CardText);
        Assert.DoesNotContain("para marzo", created.CardText);
        Assert.DoesNotContain("primera semana", created.CardText);
    }

    [Theory]
    [InlineData("tarea revisar bases @Luis Soto el juevesss", "No entendí la fecha «el juevesss»")]
    [InlineData("tarea revisar bases @Luis Soto ayer", "«ayer» ya pasó")]
    public async Task Tarea_UnreadableDate_SaysWhatWasNotUnderstood(string command, string says)
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync(command);

        reply.AssertContains(says);
        Assert.DoesNotContain("Falta el plazo", reply.AllText);
    }

    [Fact]
    public async Task Tarea_DueOnSunday_SaysSoAndMovesToFriday()
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync("tarea cerrar minuta @Luis Soto antes del 20 de diciembre");
        var moved = await chat.PressAsync(CardVerbs.Postpone, Button(reply, "Mover al"));

        reply.AssertContains("domingo 20 de diciembre").AssertContains("Vence un domingo, día no hábil.")
            .AssertContains("Mover al viernes 18 de diciembre, día hábil anterior");
        Assert.Contains("viernes 18 de diciembre", moved.CardText);
    }

    [Fact]
    public async Task Tarea_DueOnHoliday_NamesTheHoliday()
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync("tarea cerrar minuta @Luis Soto para el 8/12");

        reply.AssertContains("Vence en feriado: Inmaculada Concepción.").AssertContains("Mover al lunes 7 de diciembre");
    }

    [Fact]
    public async Task Compromiso_KnownPartnerWithoutColon_Understood()
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync("compromiso Corfo evaluar postulaciones al fondo para el 15/12");

        reply.AssertContains("C-1").AssertContains("Corfo").AssertContains("evaluar postulaciones al fondo");
    }

    [Fact]
    public async Task Compromiso_DayAndMonthJustPast_AsksAndCreatesNothingUntilChosen()
    {
        var chat = await MesaAsync();

        var question = await chat.SendAsync("compromiso Corfo: enviar planos para el 27/11");

        question.AssertContains("El viernes 27 de noviembre ya pasó").AssertContains("¿Cómo registro «Corfo: enviar planos»?")
            .AssertContains("Registrar como vencido el 27/11").AssertContains("Para el sábado 27 de noviembre de 2027");
        Assert.DoesNotContain("C-1", question.AllText);
        Assert.DoesNotContain("enviar planos", (await chat.SendAsync("pendientes")).AllText);
    }

    [Fact]
    public async Task Compromiso_PastDateOverdueDoublePressAndOtherButton_OneOverdueCompromisoFollowedByTheMentioned()
    {
        var chat = await MesaAsync();
        var question = await chat.SendAsync("compromiso Corfo: enviar planos @Luis Soto para el 27/11");
        var overdue = Button(question, "Registrar como vencido");

        var first = await chat.PressAsync(CardVerbs.CreateHeldCommitment, overdue);
        var again = await chat.PressAsync(CardVerbs.CreateHeldCommitment, overdue);
        var other = await chat.PressAsync(CardVerbs.CreateHeldCommitment, Button(question, "Para el sábado"));

        Assert.Contains("C-1", first.CardText);
        Assert.Contains("viernes 27 de noviembre", first.CardText);
        Assert.Contains("Luis Soto", first.CardText);
        Assert.Contains("C-1", again.CardText);
        Assert.Contains("C-1", other.CardText);
        Assert.DoesNotContain("C-2", (await chat.SendAsync("pendientes")).AllText);
        (await chat.SendAsync("vencidas")).AssertContains("enviar planos");
    }

    [Fact]
    public async Task Compromiso_PastDateForNextYear_CreatedNextYear()
    {
        var chat = await MesaAsync();
        var question = await chat.SendAsync("compromiso Corfo: enviar planos para el 27/11");

        var created = await chat.PressAsync(CardVerbs.CreateHeldCommitment, Button(question, "Para el sábado"));

        Assert.Contains("sábado 27 de noviembre de 2027", created.CardText);
        Assert.DoesNotContain("enviar planos", (await chat.SendAsync("vencidas")).AllText);
    }

    [Fact]
    public async Task Compromiso_VagueDate_SuggestionsCreateIt()
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync("compromiso Corfo: preparar bases para marzo");
        var created = await chat.PressAsync(CardVerbs.CreateHeldCommitment, Button(reply, "lunes 1 de marzo de 2027"));

        reply.AssertContains("«marzo» es muy amplio para un plazo").AssertContains("Elige un día y registro «Corfo: preparar bases»:");
        Assert.DoesNotContain("C-1", reply.AllText);
        Assert.Contains("C-1", created.CardText);
        Assert.Contains("lunes 1 de marzo de 2027", created.CardText);
    }

    [Theory]
    [InlineData("compromiso Corfo: preparar bases", "Falta el plazo del compromiso.")]
    [InlineData("compromiso Corfo: preparar bases el juevesss", "No entendí la fecha «el juevesss»")]
    [InlineData("compromiso Corfo: preparar bases ayer", "«ayer» ya pasó")]
    public async Task Compromiso_NoOrUnreadableDate_SaysWhatIsMissing(string command, string says)
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync(command);

        reply.AssertContains(says);
        Assert.DoesNotContain("C-1", reply.AllText);
    }

    [Fact]
    public async Task Compromiso_PastDateThenPartnerQuestion_KeepsTheChosenDateAndFollower()
    {
        var chat = await MesaAsync();
        var question = await chat.SendAsync("compromiso Corfoo: enviar planos @Luis Soto para el 27/11");

        var partner = await chat.PressAsync(CardVerbs.CreateHeldCommitment, Button(question, "Registrar como vencido"));
        var yes = Reply.FindAction(partner.Body, CardVerbs.ChoosePartner) ?? throw new Xunit.Sdk.XunitException(partner.CardText);
        var created = await chat.PressAsync(CardVerbs.ChoosePartner, yes);

        Assert.Contains("Corfo", partner.CardText);
        Assert.Contains("C-1", created.CardText);
        Assert.Contains("viernes 27 de noviembre", created.CardText);
        Assert.Contains("Luis Soto", created.CardText);
    }

    private async Task<TeamsConversation> MesaAsync()
    {
        var chat = new TeamsConversation(_fixture);
        await chat.SendAsync("vincular Resiliencia");
        return chat;
    }

    /// <summary>The data of the Action.Execute whose title contains <paramref name="title"/>.</summary>
    private static Dictionary<string, string> Button(Reply reply, string title)
    {
        foreach (var attachment in reply.Activities.SelectMany(a => a.Attachments ?? []))
        {
            if (Find(JsonSerializer.SerializeToElement(attachment.Content), title) is { } data)
            {
                return data;
            }
        }

        throw new Xunit.Sdk.XunitException($"No button «{title}» in:\n{reply.AllText}");
    }

    private static Dictionary<string, string>? Find(JsonElement node, string title)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
                && node.TryGetProperty("title", out var t) && t.GetString()!.Contains(title, StringComparison.Ordinal))
            {
                return node.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }

            return node.EnumerateObject().Select(p => Find(p.Value, title)).FirstOrDefault(d => d is not null);
        }

        return node.ValueKind == JsonValueKind.Array ? node.EnumerateArray().Select(i => Find(i, title)).FirstOrDefault(d => d is not null) : null;
    }
}
