using System.Text.RegularExpressions;
using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 14, findings 6 and 7 tried again in the Playground's channel: a row of "pendientes" opens its item
/// and "Volver a la lista" brings the list back; an empty "vencidas" says what is pending; a known partner
/// without the colon is understood; "cancelar" and "borrar" on an acuerdo point to "anular", which keeps the
/// acuerdo struck through with its reason.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ListsAndHintsInPlaygroundTests(PlaygroundEnvironment environment)
{
    [Fact]
    public async Task ListsAndMessages_KeepTheCoordinatorOnTrack()
    {
        var chat = environment.Chat;
        await chat.LinkChannelAsync("General", "Vialidad Urbana"); // shared with the date, session, registrar and reassign tests

        await chat.PostAsync("@MesaBot", " tarea ", "@Francisca Rojas", " medir flujos de la ciclovía Matta para mañana");
        var created = await chat.ExpectCardWithTextAsync("medir flujos de la ciclovía Matta");
        var taskId = RecordId("T").Match(await created.InnerTextAsync()).Value;

        // Finding 7: a partner the bot knows, without the colon.
        await chat.PostAsync("@MesaBot", $" compromiso Corfo evaluar el fondo de innovación en obras para el {SantiagoClock.Ahead(30)}");
        var partner = await chat.ExpectCardWithTextAsync("evaluar el fondo de innovación en obras");
        Assert.Contains("Corfo", await partner.InnerTextAsync());
        // Finding 7: the bot speaks to its user as tú (the follower is Carolina herself), not "Le recordaré a Carolina Muñoz".
        Assert.Contains("Te recordaré hacerle seguimiento.", await partner.InnerTextAsync());

        // Finding 7: nothing overdue in this mesa, and the answer says what is pending instead of "¡Buen trabajo!".
        await chat.PostAsync("@MesaBot", " vencidas");
        var overdue = await chat.ExpectTextAsync("No hay nada vencido.");
        Assert.Matches(@"No hay nada vencido\. Hay (1 pendiente, todavía en plazo|\d+ pendientes, todos en plazo)\.", await overdue.InnerTextAsync());
        await chat.ScreenshotAsync("18-vencidas-vacia");

        // Finding 6: a row opens its item, and the list is one button away.
        await chat.PostAsync("@MesaBot", " pendientes");
        // Other tests of the run list this mesa too, and a channel shows the newest post first: the list is this test's by its task.
        var list = await chat.ExpectCardWithTextAsync("Pendientes de la mesa Vialidad Urbana", "medir flujos de la ciclovía Matta");
        await list.GetByRole(AriaRole.Button, new() { Name = taskId, Exact = true }).ClickAsync();
        var item = await chat.ExpectCardWithTextAsync("Volver a la lista");
        Assert.Contains("medir flujos de la ciclovía Matta", await item.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Pendientes de la mesa Vialidad Urbana", await item.InnerTextAsync());
        await chat.ScreenshotAsync("19-item-desde-lista", item);
        await item.GetByRole(AriaRole.Button, new() { Name = "Volver a la lista" }).ClickAsync();
        var back = await chat.ExpectCardWithTextAsync("Pendientes de la mesa Vialidad Urbana", "medir flujos de la ciclovía Matta");
        Assert.DoesNotContain("Volver a la lista", await back.InnerTextAsync());

        // Finding 7: an acuerdo is neither cancelled nor deleted; it is annulled, kept and shown with its reason.
        await chat.PostAsync("@MesaBot", " acuerdo Se revisará el diseño de la ciclovía Matta con vecinos");
        var agreement = await chat.ExpectCardWithTextAsync("Se revisará el diseño de la ciclovía Matta con vecinos");
        var agreementId = RecordId("A").Match(await agreement.InnerTextAsync()).Value;
        await chat.PostAsync("@MesaBot", $" cancelar {agreementId}");
        await chat.ExpectTextAsync("Los acuerdos no se cancelan: se anulan");
        await chat.PostAsync("@MesaBot", $" borrar {taskId}");
        await chat.ExpectTextAsync("En MesaBot nada se borra");
        await chat.PostAsync("@MesaBot", $" anular {agreementId} se registró dos veces");
        var annulled = await chat.ExpectCardWithTextAsync("se registró dos veces");
        Assert.Contains("Se revisará el diseño de la ciclovía Matta con vecinos", await annulled.InnerTextAsync());
        await chat.ScreenshotAsync("20-acuerdo-anulado", annulled);
    }

    private static Regex RecordId(string letter) => new($@"\b{letter}-\d+\b");
}
