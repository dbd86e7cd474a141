using System.Text.RegularExpressions;
using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 16 in the Playground: a paragraph of minutes pasted after `registrar` gives one card of three
/// proposals (an acuerdo, a tarea for a roster member, a CChC compromiso), each a ticked toggle; the
/// compromiso is unticked, "Registrar seleccionados" pressed, and exactly the other two exist: the saved
/// card names two ids, `acuerdos` and `pendientes` show them, and the compromiso is nowhere.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class RegisterMinutesInPlaygroundTests(PlaygroundEnvironment environment)
{
    private const string Agreement = "postergar la licitación del paso nivel Matta";
    private const string Task = "preparar el informe de expropiaciones";
    private const string Commitment = "enviar el estudio de tráfico del eje Matta";

    [Fact]
    public async System.Threading.Tasks.Task Registrar_ThreeProposalsOneUnticked_CreatesExactlyTwo()
    {
        var chat = environment.Chat;
        await chat.LinkChannelAsync("General", "Vialidad Urbana");

        await chat.PostAsync("@MesaBot",
            $" registrar En la sesión se revisó el avance del eje Matta. Se acuerda {Agreement}. " +
            $"Luis Soto queda a cargo de {Task} para el {SantiagoClock.AheadInWords(40)}. " +
            $"La CChC se compromete a {Commitment} para el {SantiagoClock.AheadInWords(42)}. ¿Alguien tiene comentarios?");
        var proposals = await chat.ExpectCardWithTextAsync("Registrar seleccionados");
        var text = await proposals.InnerTextAsync();
        Assert.Contains("Encontré 3", text);
        Assert.Contains("Acuerdo: ", text);
        Assert.Contains("Tarea: ", text);
        Assert.Contains("Compromiso: ", text);
        Assert.DoesNotContain("comentarios", text);
        await chat.ScreenshotAsync("16-registrar-propuestas");

        var toggles = proposals.GetByRole(AriaRole.Checkbox);
        Assert.Equal(3, await toggles.CountAsync());
        var commitmentToggle = proposals.GetByRole(AriaRole.Checkbox, new() { Name = "Compromiso:" });
        await commitmentToggle.UncheckAsync();
        Assert.False(await commitmentToggle.IsCheckedAsync());
        await proposals.GetByRole(AriaRole.Button, new() { Name = "Registrar seleccionados" }).ClickAsync();

        var saved = await chat.ExpectCardWithTextAsync("Registré 2");
        var ids = RecordId().Matches(await saved.InnerTextAsync()).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(2, ids.Count);
        Assert.Contains(ids, id => id.StartsWith("A-", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("T-", StringComparison.Ordinal));
        await chat.ScreenshotAsync("17-registrar-guardados");

        await chat.PostAsync("@MesaBot", " acuerdos");
        await chat.ExpectTextAsync("Postergar la licitación del paso nivel Matta");
        await chat.PostAsync("@MesaBot", " pendientes CChC");
        var partner = await chat.ExpectCardWithTextAsync("Compromisos de Cámara Chilena de la Construcción");
        Assert.DoesNotContain(Commitment, await partner.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await chat.PostAsync("@MesaBot", " pendientes");
        var pending = await chat.ExpectCardWithTextAsync("Pendientes de la mesa Vialidad Urbana");
        Assert.Contains(Task, await pending.InnerTextAsync(), StringComparison.OrdinalIgnoreCase); // saved with a capital, as a record starts
        Assert.Contains("Luis Soto", await pending.InnerTextAsync());
        Assert.DoesNotContain(Commitment, await pending.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b[ATC]-\d+\b")]
    private static partial Regex RecordId();
}
