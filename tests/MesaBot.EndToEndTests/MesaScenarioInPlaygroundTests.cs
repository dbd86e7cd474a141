using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// The chat issue's scenario, as a coordinator does it in the Playground's Teams client: link the mesa
/// channel, log an agreement, a task for a colleague due on Friday and a CChC commitment, list what is
/// pending, mark the task done from its card and see the card change, then "mis pendientes" in the
/// personal chat, and the committee's group chat asking for its digest. Each step checks what the page shows.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class MesaScenarioInPlaygroundTests(PlaygroundEnvironment environment)
{
    [Fact]
    public async Task Coordinator_RunsTheMesaFromTheChannel()
    {
        var chat = environment.Chat;
        await chat.OpenConversationAsync("Mesa Resiliencia");

        await chat.PostAsync("@MesaBot", " vincular Resiliencia");
        await chat.ExpectTextAsync("creé la mesa");
        await chat.ScreenshotAsync("03-vincular");

        await chat.PostAsync("@MesaBot", " acuerdo Se aprueba la hoja de ruta de resiliencia 2027");
        var agreement = await chat.ExpectCardWithTextAsync("Acuerdo A-1 registrado");
        Assert.Contains("Se aprueba la hoja de ruta de resiliencia 2027", await agreement.InnerTextAsync());
        await chat.ScreenshotAsync("04-acuerdo");

        await chat.PostAsync("@MesaBot", " tarea revisar bases técnicas ", "@Ana Pérez", " para el viernes");
        var task = await chat.ExpectCardWithTextAsync("revisar bases técnicas");
        Assert.Contains("Ana Pérez", await task.InnerTextAsync());
        await chat.ScreenshotAsync("05-tarea");

        // Issue 14: a day and month already past is asked about, and nothing is created before the answer.
        // The host runs on the real clock, so the date is three days before today in Santiago.
        var past = SantiagoClock.Ahead(-3);
        await chat.PostAsync("@MesaBot", " tarea enviar oficio atrasado ", "@Ana Pérez", $" para el {past}");
        var overdueQuestion = await chat.ExpectCardWithTextAsync("ya pasó");
        await chat.ScreenshotAsync("05b-fecha-pasada");
        await overdueQuestion.GetByRole(AriaRole.Button, new() { Name = "Registrar como vencida" }).ClickAsync();
        Assert.Contains("enviar oficio atrasado", await (await chat.ExpectCardWithTextAsync("Tarea T-2 registrada")).InnerTextAsync());

        await chat.PostAsync("@MesaBot", " tarea renovar convenio ", "@Ana Pérez", $" para el {past}");
        var nextYearQuestion = await chat.ExpectCardWithTextAsync("¿Cómo registro «renovar convenio»?");
        await nextYearQuestion.GetByRole(AriaRole.Button, new() { Name = "Para el" }).ClickAsync();
        Assert.Contains("renovar convenio", await (await chat.ExpectCardWithTextAsync("Tarea T-3 registrada")).InnerTextAsync());

        await chat.PostAsync("@MesaBot", $" compromiso CChC: enviar propuesta de indicadores para el {SantiagoClock.Ahead(12)}");
        var commitment = await chat.ExpectCardWithTextAsync("enviar propuesta de indicadores");
        Assert.Contains("Cámara Chilena de la Construcción", await commitment.InnerTextAsync());
        await chat.ScreenshotAsync("06-compromiso");

        await chat.PostAsync("@MesaBot", " pendientes");
        var list = await chat.ExpectTextAsync("Pendientes de la mesa Resiliencia");
        await chat.ScreenshotAsync("07-pendientes");

        await task.GetByRole(AriaRole.Button, new() { Name = "Cumplida" }).ClickAsync();
        var done = await chat.ExpectCardWithTextAsync("Reabrir");
        Assert.Contains("Cumplida", await done.InnerTextAsync());
        await chat.ScreenshotAsync("08-cumplida");

        await chat.OpenConversationAsync("Personal Chat");
        await chat.SendAsync("mis pendientes");
        await chat.ExpectTextAsync("RES-C-1");
        await chat.ScreenshotAsync("09-mis-pendientes");

        // The committee works in a group chat: link it, then its "resumen" is the digest across mesas.
        await chat.OpenConversationAsync("Comité de Infraestructura Sostenible");
        await chat.SendWithMentionsAsync("@MesaBot", " vincular comité");
        await chat.ExpectTextAsync("creé la mesa");
        await chat.SendWithMentionsAsync("@MesaBot", " resumen");
        var digest = await chat.ExpectCardWithTextAsync("Resiliencia");
        await chat.ScreenshotAsync("10-comite-resumen");
        Assert.Contains("Resiliencia", await digest.InnerTextAsync());
    }
}
