using System.Text.Json;
using System.Text.RegularExpressions;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Chat;

/// <summary>
/// `registrar` + pasted minutes, and "Registrar en MesaBot" on a message holding several records: the bot
/// proposes, the user edits, unticks and confirms, and only then are the records created, once.
/// Typed on Tuesday 1 December 2026 at 09:00 in Santiago.
/// </summary>
public sealed class ProposalsTests : IClassFixture<UnauthenticatedHostFixture>
{
    private const string Minutes = """
        registrar
        Acta sesión N° 11 – Mesa de Productividad
        Se revisó el avance del estudio de brechas.
        Se acuerda extender el plazo de la encuesta hasta el 15 de diciembre.
        Luis Soto revisará el nuevo cronograma el viernes.
        La CChC enviará un recordatorio a sus socios el 11/12.
        ¿Alguien tiene comentarios?
        """;

    private readonly BotHostFixture _fixture;

    public ProposalsTests(UnauthenticatedHostFixture fixture)
    {
        _fixture = fixture;
        fixture.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Registrar_Minutes_OneCardWithEachProposalAndNothingCreated()
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync(Minutes);

        reply.AssertContains("Encontré 3 para registrar")
            .AssertContains("Acuerdo: Extender el plazo de la encuesta hasta el 15 de diciembre")
            .AssertContains("Tarea: Revisar el nuevo cronograma · Luis Soto · viernes 4 de diciembre")
            .AssertContains("Compromiso: Enviar un recordatorio a sus socios · Cámara Chilena de la Construcción · viernes 11 de diciembre")
            .AssertContains("Registrar seleccionados");
        Assert.DoesNotContain("avance del estudio", reply.AllText);
        Assert.Equal(3, Regex.Count(JsonSerializer.Serialize(ProposalCards.FirstCard(reply)), "Input.Toggle"));
        (await chat.SendAsync("pendientes")).AssertContains("La mesa no tiene tareas ni compromisos pendientes");
        Assert.DoesNotContain("A-1", (await chat.SendAsync("acuerdos")).AllText);
    }

    [Fact]
    public async Task SaveProposals_EditedAndOneUnticked_OnlyTheTickedWithTheEdits()
    {
        var chat = await MesaAsync();
        var card = ProposalCards.FirstCard(await chat.SendAsync(Minutes));
        var data = ProposalCards.Submitted(card, "Action.Execute", new Dictionary<string, string>
        {
            ["p0.sel"] = "false",
            ["p1.texto"] = "Revisar el cronograma ajustado con la consultora",
            ["p1.responsable"] = "aad-ana",
            ["p1.fecha"] = "2026-12-09",
        });

        var saved = await chat.PressAsync(CardVerbs.SaveProposals, data);

        Assert.Contains("Registré 2: T-1, C-1", saved.CardText);
        var pending = await chat.SendAsync("pendientes");
        pending.AssertContains("Revisar el cronograma ajustado con la consultora").AssertContains("Ana Pérez").AssertContains("Enviar un recordatorio a sus socios");
        Assert.DoesNotContain("Revisar el nuevo cronograma", pending.AllText);
        Assert.DoesNotContain("A-1", (await chat.SendAsync("acuerdos")).AllText);
    }

    [Fact]
    public async Task SaveProposals_PressedTwice_CreatesNothingTwice()
    {
        var chat = await MesaAsync();
        var data = ProposalCards.Submitted(ProposalCards.FirstCard(await chat.SendAsync(Minutes)), "Action.Execute");

        var first = await chat.PressAsync(CardVerbs.SaveProposals, data);
        var again = await chat.PressAsync(CardVerbs.SaveProposals, data);

        Assert.Contains("Registré 3: A-1, T-1, C-1", first.CardText);
        Assert.Contains("Registré 3: A-1, T-1, C-1", again.CardText);
        Assert.DoesNotContain("T-2", (await chat.SendAsync("pendientes")).AllText);
        Assert.DoesNotContain("A-2", (await chat.SendAsync("acuerdos")).AllText);
    }

    [Fact]
    public async Task SaveProposals_TareaWithoutOwnerOrDate_AsksAndCreatesNothingUntilFilled()
    {
        var chat = await MesaAsync();
        var reply = await chat.SendAsync("registrar\nSe acuerda crear un comité editorial.\nTarea: revisar las bases técnicas.");
        var card = ProposalCards.FirstCard(reply);

        var refused = await chat.PressAsync(CardVerbs.SaveProposals, ProposalCards.Submitted(card, "Action.Execute"));
        var filled = await chat.PressAsync(CardVerbs.SaveProposals, ProposalCards.Submitted(card, "Action.Execute",
            new Dictionary<string, string> { ["p1.responsable"] = "aad-luis", ["p1.fecha"] = "2026-12-10" }));

        reply.AssertContains("Falta el responsable y la fecha");
        Assert.Contains("No registré nada todavía", refused.CardText);
        Assert.DoesNotContain("Registré", refused.CardText);
        Assert.Contains("Registré 2: A-1, T-1", filled.CardText);
        (await chat.SendAsync("pendientes")).AssertContains("Revisar las bases técnicas").AssertContains("Luis Soto");
    }

    [Fact]
    public async Task Registrar_TextWithoutRecords_SaysSoWithTheCuePhrases()
    {
        var chat = await MesaAsync();

        var reply = await chat.SendAsync("registrar La próxima sesión será el martes 12 de enero. Se revisó el avance.");

        reply.AssertContains("No encontré acuerdos, tareas ni compromisos").AssertContains("Se acuerda");
    }

    [Fact]
    public async Task SaveMessage_SeveralRecords_DialogOffersProposalsAndSavesTheTickedWithLink()
    {
        var chat = await MesaAsync();
        const string body = "<p>Acuerdos de hoy:</p><ul><li>Se acuerda priorizar los puentes de la ruta 5.</li>"
            + "<li>La Universidad Católica se compromete a compartir la base de tsunamis para el 4/12.</li>"
            + "<li>Queda a cargo de Francisca Rojas invitar a la DOH. Plazo: 10/12.</li></ul>";

        var dialog = await chat.InvokeAsync("composeExtension/fetchTask", Payload(body));
        var form = dialog.Body.GetProperty("task").GetProperty("value").GetProperty("card").GetProperty("content");
        var submitted = await chat.InvokeAsync("composeExtension/submitAction", Payload(body, ProposalCards.Submitted(form, "Action.Submit",
            new Dictionary<string, string> { ["p1.socio"] = "UC" })));

        Assert.Contains("Registrar seleccionados", dialog.CardText);
        Assert.Contains("Acuerdo: Priorizar los puentes de la ruta 5", dialog.CardText);
        Assert.Contains("Tarea: Invitar a la DOH · Francisca Rojas · jueves 10 de diciembre", dialog.CardText);
        var posted = new Reply([.. _fixture.BotFramework.SentActivities().Where(a => a.ReplyToId == submitted.ActivityId)]);
        posted.AssertContains("Registré 3: A-1, C-1, T-1");
        (await chat.SendAsync("pendientes")).AssertContains("Compartir la base de tsunamis").AssertContains("Invitar a la DOH");
    }

    private static object Payload(string html, object? data = null) => new
    {
        commandId = "registrarMensaje",
        commandContext = "message",
        messagePayload = new
        {
            id = "1764075851999",
            body = new { contentType = "html", content = html },
            from = new { user = new { id = "29:user-luis", displayName = "Luis Soto" } },
            linkToMessage = "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1764075851999",
        },
        data,
    };

    private async Task<TeamsConversation> MesaAsync()
    {
        var chat = new TeamsConversation(_fixture);
        await chat.SendAsync("vincular Productividad");
        return chat;
    }
}
