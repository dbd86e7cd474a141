using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 14: "¿Quisiste decir pendientes?" is a button that runs the command in the Playground's Teams
/// client (an Action.Execute), not a sentence to retype.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class SuggestionInPlaygroundTests(PlaygroundEnvironment environment)
{
    [Fact]
    public async Task ShowPending_InPersonalChat_SuggestionButtonRunsPendientes()
    {
        var chat = environment.Chat;
        await chat.OpenConversationAsync("Personal Chat");

        await chat.SendAsync("show pending");
        var suggestion = await chat.ExpectCardWithTextAsync("No entendí «show pending».");
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "¿Quisiste decir pendientes?" }).ClickAsync();

        // In the personal chat "pendientes" means mine, across mesas.
        await chat.ExpectTextAsync("Mis pendientes");
        await chat.ExpectTextAsync("Ejecuté");
    }
}
