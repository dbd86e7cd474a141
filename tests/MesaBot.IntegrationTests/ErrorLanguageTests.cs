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

        // A compromiso: a tarea with a past date is asked about before the records see it (issue 14).
        var reply = await chat.SendAsync("compromiso CChC: revisar bases técnicas para el 02/01/2026");

        reply.AssertContains("The due date January 2, 2026 has passed; today is");
        Assert.DoesNotContain("ya pasó", reply.AllText);
    }

    [Fact]
    public async Task RecordRefusal_SpanishMesa_AnsweredInSpanish()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        // A compromiso: a tarea with a past date is asked about before the records see it (issue 14).
        var reply = await chat.SendAsync("compromiso CChC: revisar bases técnicas para el 02/01/2026");

        reply.AssertContains("La fecha de vencimiento 02/01/2026 ya pasó; hoy es");
    }
}
