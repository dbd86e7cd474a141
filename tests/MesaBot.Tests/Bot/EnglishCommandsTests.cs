using System.Reflection;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Handlers;

namespace MesaBot.Tests.Bot;

public sealed class EnglishCommandsTests
{
    [Theory]
    [InlineData("show pending", "pendientes")]
    [InlineData("Show Pending CChC", "pendientes CChC")]
    [InlineData("show my pending", "mis pendientes")]
    [InlineData("mark as done T-3", "cumplida T-3")]
    [InlineData("add task enviar oficio @Ana para el viernes", "tarea enviar oficio @Ana para el viernes")]
    [InlineData("annul A-2 recorded twice", "anular A-2 recorded twice")]
    public void Translate_EnglishPhrase_TheCommandItMeansWithTheRestAsTyped(string typed, string expected) =>
        Assert.Equal(expected, EnglishCommands.Translate(typed));

    [Theory]
    [InlineData("hola qué tal")]
    [InlineData("")]
    [InlineData("shower pending")]
    public void Translate_NoEnglishPhrase_Null(string typed) => Assert.Null(EnglishCommands.Translate(typed));

    [Fact]
    public void Targets_EveryOne_StartsWithARegisteredCommand()
    {
        // Arrange: every command phrase the handlers register (their static "…Commands" arrays).
        var registered = typeof(HelpHandler).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(HelpHandler).Namespace)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(string[]) && f.Name.EndsWith("Commands", StringComparison.Ordinal))
            .SelectMany(f => (string[])f.GetValue(null)!)
            .ToHashSet();

        // Assert: a target that is not a command would bounce back to "No entendí".
        Assert.All(EnglishCommands.Targets, target =>
            Assert.True(registered.Contains(target) || registered.Contains(target.Split(' ')[0]), $"«{target}» is not a registered command"));
    }
}
