using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

/// <summary>A refusal from the records reaches the user in the mesa's language: the records say which rule, the bot words it.</summary>
public sealed class ErrorLanguageTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task RecordRefusal_EnglishMesa_AnsweredInEnglish()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        await chat.SendAsync("mesa idioma en");

        // An acuerdo annulled twice: the records refuse the second (past dates are asked about before the records see them, issue 14).
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        await chat.SendAsync("anular A-1 se registró dos veces");
        var reply = await chat.SendAsync("anular A-1 otra vez");

        reply.AssertContains("Agreement A-1 is already annulled");
        Assert.DoesNotContain("ya está anulado", reply.AllText);
    }

    [Fact]
    public async Task RecordRefusal_SpanishMesa_AnsweredInSpanish()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        // An acuerdo annulled twice: the records refuse the second.
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta");
        await chat.SendAsync("anular A-1 se registró dos veces");
        var reply = await chat.SendAsync("anular A-1 otra vez");

        reply.AssertContains("El acuerdo A-1 ya está anulado (lo anuló Ana Pérez: «se registró dos veces»)");
    }
}
