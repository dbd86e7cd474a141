using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 14, finding 5 ("silent changes") tried again in the Playground's channel: a task that names a colleague
/// without @ asks who is responsible and offers that colleague; a postponement from the card shows who changed
/// the date, before → after, and "Deshacer" puts the date back, saying so too.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ChangesInPlaygroundTests(PlaygroundEnvironment environment)
{
    [Fact]
    public async Task NamedWithoutMention_PostponedThenUndone_EveryChangeShown()
    {
        var chat = environment.Chat;
        await chat.LinkChannelAsync("General", "Vialidad Urbana"); // shared with the other channel tests
        var due = SantiagoClock.Today().AddDays(10);

        await chat.PostAsync("@MesaBot", $" tarea revisar la minuta de expropiaciones con Jorge Contreras para el {SantiagoClock.Typed(due)}");
        // The question answers the post in its own thread, so it names only the colleague it understood.
        var question = await chat.ExpectCardWithTextAsync("¿Quién es responsable?", "Escribiste «Jorge Contreras»: ¿es quien responde?");
        await chat.ScreenshotAsync("22-quien-es-responsable", question);
        await question.GetByRole(AriaRole.Button, new() { Name = "Jorge Contreras", Exact = true }).ClickAsync();
        var created = await chat.ExpectCardWithTextAsync("revisar la minuta de expropiaciones", "registrada");
        Assert.Contains("Jorge Contreras", await created.InnerTextAsync());

        await created.GetByRole(AriaRole.Button, new() { Name = "Posponer", Exact = true }).ClickAsync();
        await created.GetByRole(AriaRole.Button, new() { Name = "+5 días hábiles" }).ClickAsync();
        var postponed = await chat.ExpectCardWithTextAsync("revisar la minuta de expropiaciones", "Carolina Muñoz cambió el plazo");
        var before = SantiagoClock.Typed(due); // the change line shows dates short
        Assert.Contains(before + " →", await postponed.InnerTextAsync());
        await chat.ScreenshotAsync("23-pospuesta", postponed);

        await postponed.GetByRole(AriaRole.Button, new() { Name = "Deshacer" }).ClickAsync();
        var undone = await chat.ExpectCardWithTextAsync("revisar la minuta de expropiaciones", "→ " + before);
        Assert.Contains("Carolina Muñoz cambió el plazo", await undone.InnerTextAsync());
        await chat.ScreenshotAsync("24-deshecha", undone);
    }
}
