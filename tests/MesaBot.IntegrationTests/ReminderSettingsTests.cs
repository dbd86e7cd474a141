using MesaBot.Bot;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

/// <summary>`recordatorios` and its "Guardar", against the real host, real Azurite and the fake connector.</summary>
public sealed class ReminderSettingsTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task Recordatorios_NewMesa_ShowsDefaultPolicyWithInputs()
    {
        // Arrange
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        // Act
        var reply = await chat.SendAsync("recordatorios");

        // Assert
        reply.AssertContains("Recordatorios de la mesa Resiliencia")
            .AssertContains("3 y 1 días antes y el mismo día, a las 09:00 (hora de Santiago)")
            .AssertContains("cada 3 días hábiles");
        Assert.True(reply.ButtonData(CardVerbs.ReminderSettings).ContainsKey("mesa"));
    }

    [Fact]
    public async Task Guardar_CoordinatorValidInput_SavesAndShowsNewPolicy()
    {
        // Arrange
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Economía Circular");
        var data = (await chat.SendAsync("recordatorios")).ButtonData(CardVerbs.ReminderSettings);

        // Act
        var pressed = await chat.PressAsync(CardVerbs.ReminderSettings, With(data, "5,2,0", "10", "2"));

        // Assert
        Assert.Contains("Guardado.", pressed.CardText);
        Assert.Contains("5 y 2 días antes y el mismo día, a las 10:00", pressed.CardText);
        (await chat.SendAsync("reminders"))
            .AssertContains("5 y 2 días antes y el mismo día, a las 10:00 (hora de Santiago)")
            .AssertContains("cada 2 días hábiles");
    }

    [Fact]
    public async Task Guardar_NotCoordinator_RefusedAndUnchanged()
    {
        // Arrange
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Cambio Climático");
        var data = (await chat.SendAsync("recordatorios")).ButtonData(CardVerbs.ReminderSettings);
        chat.Speaker = fixture.BotFramework.Members[1];

        // Act
        var readOnly = await chat.SendAsync("recordatorios");
        var pressed = await chat.PressAsync(CardVerbs.ReminderSettings, With(data, "5,2,0", "10", "2"));

        // Assert
        readOnly.AssertContains("Solo la coordinación de la mesa puede cambiarlos");
        Assert.DoesNotContain(CardVerbs.ReminderSettings, readOnly.AllText);
        Assert.Contains("Solo la coordinación de **Cambio Climático**", pressed.CardText);
        Assert.DoesNotContain("Guardado.", pressed.CardText);
        (await chat.SendAsync("recordatorios")).AssertContains("3 y 1 días antes y el mismo día, a las 09:00");
    }

    [Theory]
    [InlineData("30", "9", "3", "entre 0 y 7")]
    [InlineData("3,uno", "9", "3", "entre 0 y 7")]
    [InlineData("3,1,0", "25", "3", "entre 0 y 23")]
    [InlineData("3,1,0", "9", "0", "cada 1 a 10 días hábiles")]
    public async Task Guardar_BadInput_RefusedWithMessageAndUnchanged(string days, string hour, string every, string message)
    {
        // Arrange
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Movilidad Sostenible");
        var data = (await chat.SendAsync("recordatorios")).ButtonData(CardVerbs.ReminderSettings);

        // Act
        var pressed = await chat.PressAsync(CardVerbs.ReminderSettings, With(data, days, hour, every));

        // Assert
        Assert.Contains(message, pressed.CardText);
        Assert.DoesNotContain("Guardado.", pressed.CardText);
        (await chat.SendAsync("recordatorios"))
            .AssertContains("3 y 1 días antes y el mismo día, a las 09:00")
            .AssertContains("cada 3 días hábiles");
    }

    private static Dictionary<string, string> With(Dictionary<string, string> data, string days, string hour, string every) =>
        new(data) { ["dias"] = days, ["hora"] = hour, ["vencidas"] = every };
}
