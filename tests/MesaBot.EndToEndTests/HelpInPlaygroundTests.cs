using MesaBot.EndToEndTests.Infrastructure;

namespace MesaBot.EndToEndTests;

[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class HelpInPlaygroundTests(PlaygroundEnvironment environment)
{
    [Fact]
    public async Task PersonalChat_Installed_WelcomeThenAyudaShowsHelpCard()
    {
        var chat = environment.Chat;
        await chat.OpenConversationAsync("Personal Chat");

        var welcome = await chat.ExpectCardWithTextAsync("¡Hola! Soy MesaBot");
        await chat.ScreenshotAsync("01-bienvenida");
        await chat.SendAsync("ayuda");
        var help = await chat.ExpectCardWithTextAsync("MesaBot: comandos");
        await chat.ScreenshotAsync("02-ayuda");

        Assert.Contains("Ver comandos", await welcome.InnerTextAsync());
        Assert.Contains("Muestra esta ayuda.", await help.InnerTextAsync());
    }
}
