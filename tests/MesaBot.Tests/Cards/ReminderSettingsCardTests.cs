using MesaBot.Bot;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;
using Xunit;
using static MesaBot.Tests.Cards.ChatCardData;

namespace MesaBot.Tests.Cards;

public sealed class ReminderSettingsCardTests
{
    [Theory]
    [InlineData(new[] { 3, 1, 0 }, 9, 3, "3 y 1 días antes y el mismo día, a las 09:00 (hora de Santiago)", "cada 3 días hábiles")]
    [InlineData(new[] { 7, 5, 3, 1 }, 18, 1, "7, 5, 3 y 1 días antes, a las 18:00 (hora de Santiago)", "cada día hábil")]
    [InlineData(new[] { 1 }, 8, 2, "1 día antes, a las 08:00 (hora de Santiago)", "cada 2 días hábiles")]
    [InlineData(new[] { 0 }, 7, 10, "el mismo día, a las 07:00 (hora de Santiago)", "cada 10 días hábiles")]
    [InlineData(new int[0], 9, 3, "sin avisos antes del plazo, a las 09:00 (hora de Santiago)", "cada 3 días hábiles")]
    public void Build_Policy_SaysItInSpanish(int[] days, int hour, int every, string before, string overdue)
    {
        // Arrange
        var mesa = Resiliencia with { Reminders = new ReminderSettings(days, hour, every) };

        // Act
        var card = Spanish(() => ReminderSettingsCard.Build(mesa, canEdit: false, maxDaysBefore: 7));

        // Assert
        Assert.Equal(before, Fact(card, "Antes del plazo"));
        Assert.Equal(overdue, Fact(card, "Vencidas"));
    }

    [Fact]
    public void Build_Coordinator_InputsHoldCurrentValuesAndSaveCarriesMesa()
    {
        // Arrange
        var mesa = Resiliencia with { Reminders = new ReminderSettings([5, 2, 0], 20, 2) };

        // Act
        var card = Spanish(() => ReminderSettingsCard.Build(mesa, canEdit: true, maxDaysBefore: 7));

        // Assert: 20:00 is outside the offered office hours but stays on offer, so saving keeps it.
        Assert.Equal("5,2,0", (string?)OfType(card, "Input.Text").Single()["value"]);
        var choices = OfType(card, "Input.ChoiceSet");
        Assert.Equal("20", (string?)choices[0]["value"]);
        Assert.Equal(13, choices[0]["choices"]!.AsArray().Count);
        Assert.Equal("2", (string?)choices[1]["value"]);
        Assert.Equal(10, choices[1]["choices"]!.AsArray().Count);
        Assert.All([.. OfType(card, "Input.Text"), .. choices], i => Assert.NotNull(i["errorMessage"]));
        var save = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.ReminderSettings, (string?)save["verb"]);
        Assert.Equal(mesa.Id, (string?)save["data"]!["mesa"]);
    }

    [Fact]
    public void Build_NotCoordinator_NoInputsNoButtons()
    {
        // Act
        var card = Spanish(() => ReminderSettingsCard.Build(Resiliencia, canEdit: false, maxDaysBefore: 7));

        // Assert
        Assert.Empty(OfType(card, "Input.Text"));
        Assert.Empty(OfType(card, "Input.ChoiceSet"));
        Assert.Empty(OfType(card, "Action.Execute"));
        Assert.Contains("Solo la coordinación de la mesa puede cambiarlos.", Texts(card));
    }
}
