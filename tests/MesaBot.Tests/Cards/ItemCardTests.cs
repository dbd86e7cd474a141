using MesaBot.Bot;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;
using Xunit;
using static MesaBot.Tests.Cards.ChatCardData;

namespace MesaBot.Tests.Cards;

public sealed class ItemCardTests
{
    [Fact]
    public void ForActionItem_Pendiente_OffersCompleteStartPostponeReassignEdit()
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(), Members, Today, insideMesa: true));

        // Assert
        Assert.Equal(["Cumplida", "En curso", "Posponer", "Reasignar", "Editar"], ExecuteTitles(card));
        Assert.Equal(
            [CardVerbs.Complete, CardVerbs.Start, CardVerbs.Postpone, CardVerbs.Postpone, CardVerbs.Reassign, CardVerbs.Edit, CardVerbs.Cancel],
            OfType(card, "Action.Execute").Select(a => (string)a["verb"]!));
    }

    [Fact]
    public void ForActionItem_EnCurso_HasNoStartButton()
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(ItemStatus.EnCurso), Members, Today, insideMesa: true));

        // Assert
        Assert.Equal(["Cumplida", "Posponer", "Reasignar", "Editar"], ExecuteTitles(card));
    }

    [Theory]
    [InlineData(ItemStatus.Cumplida)]
    [InlineData(ItemStatus.Cancelada)]
    public void ForActionItem_Closed_OnlyReopens(ItemStatus status)
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(status), Members, Today, insideMesa: true));

        // Assert
        var execute = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.Reopen, (string?)execute["verb"]);
        Assert.Equal("Reabrir", (string?)execute["title"]);
        Assert.Empty(OfType(card, "Action.ShowCard"));
    }

    [Fact]
    public void ForCommitment_NoMembers_HidesReassign()
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Commitment(), [], Today, insideMesa: true));

        // Assert
        Assert.DoesNotContain("Reasignar", ExecuteTitles(card));
        Assert.Empty(OfType(card, "Input.ChoiceSet"));
        Assert.Contains("Cancelar el compromiso", OfType(card, "Action.Execute").Select(a => (string)a["title"]!));
    }

    [Theory]
    [InlineData(ItemStatus.Pendiente)]
    [InlineData(ItemStatus.EnCurso)]
    [InlineData(ItemStatus.Cumplida)]
    public void ForActionItem_AnyStatus_EveryExecuteCarriesMesaLocalRefAndVersion(ItemStatus status)
    {
        // Act: outside the mesa, where the card shows "RES-T-3".
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(status), Members, Today, insideMesa: false));

        // Assert
        var executes = OfType(card, "Action.Execute");
        Assert.NotEmpty(executes);
        Assert.All(executes, e =>
        {
            Assert.Equal("resiliencia", (string?)e["data"]!["mesa"]);
            Assert.Equal("T-3", (string?)e["data"]!["ref"]);
            Assert.Equal("17", (string?)e["data"]!["version"]);
            Assert.Equal((string?)e["verb"], (string?)e["fallback"]!["data"]!["verb"]);
        });
    }

    [Theory]
    [InlineData(true, "Tarea T-3", "A-2")]
    [InlineData(false, "Tarea RES-T-3", "RES-A-2")]
    public void ForActionItem_InsideOrOutsideMesa_ShowsLocalOrQualifiedIds(bool insideMesa, string heading, string agreement)
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Task() with { AgreementNumber = 2 }, Members, Today, insideMesa));

        // Assert
        Assert.Contains(heading, Texts(card));
        Assert.Equal(agreement, Fact(card, "Acuerdo"));
        Assert.Equal(!insideMesa, Texts(card).Contains("Mesa Resiliencia"));
    }

    [Fact]
    public void ForActionItem_Overdue_ShowsVencidaBadgeAndSpanishDates()
    {
        // Act: due Saturday 6 December, four days ago.
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(dueInDays: -4), Members, Today, insideMesa: true));

        // Assert
        Assert.Equal("sábado 6 de diciembre (vencida hace 4 días)", Fact(card, "Vence"));
        var badge = Assert.Single(OfType(card, "TextBlock"), t => (string?)t["text"] == "● Vencida");
        // Bold, not red: Teams' red fails 4.5:1 contrast on its dark theme (CardRenderTests measures it).
        Assert.Equal("bolder", (string?)badge["weight"]);
    }

    [Fact]
    public void ForActionItem_Closed_ShowsDateWithoutOverdueWordsAndWhoClosedIt()
    {
        // Arrange: closed at 22:30 in Santiago (01:30 UTC the next day).
        var item = Task(ItemStatus.Cumplida, dueInDays: -4) with { CompletedBy = Ñusta, CompletedAt = new DateTimeOffset(2025, 12, 10, 1, 30, 0, TimeSpan.Zero) };

        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, item, Members, Today, insideMesa: true));

        // Assert
        Assert.Equal("sábado 6 de diciembre", Fact(card, "Vence"));
        Assert.Equal("Ñusta Muñoz, el 09/12", Fact(card, "Cerrada por"));
    }

    [Fact]
    public void ForActionItem_PostponeForm_HasRequiredDateAndAQuickWeekThatSendsNoInputs()
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(), Members, Today, insideMesa: true));

        // Assert
        var date = Assert.Single(OfType(card, "Input.Date"));
        Assert.Equal("fecha", (string?)date["id"]);
        Assert.True((bool?)date["isRequired"]);
        Assert.Equal("2025-12-10", (string?)date["min"]);
        var week = Assert.Single(OfType(card, "Action.Execute"), a => (string?)a["title"] == "+5 días hábiles");
        Assert.Equal("5", (string?)week["data"]!["habiles"]);
        Assert.Equal("none", (string?)week["associatedInputs"]);
    }

    [Fact]
    public void ForActionItem_ReassignAndEditForms_ListMembersAndPrefillText()
    {
        // Act
        var card = Spanish(() => ItemCard.For(Resiliencia, Task(), Members, Today, insideMesa: true));

        // Assert
        var choices = Assert.Single(OfType(card, "Input.ChoiceSet"));
        Assert.Equal("responsable", (string?)choices["id"]);
        Assert.Equal("compact", (string?)choices["style"]);
        Assert.Equal(Ana.ObjectId, (string?)choices["value"]);
        Assert.Equal([Ana.ObjectId, Ñusta.ObjectId], choices["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(["Ana Pérez", "Ñusta Muñoz"], choices["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        var text = Assert.Single(OfType(card, "Input.Text"));
        Assert.Equal("texto", (string?)text["id"]);
        Assert.Equal("Revisar la metodología de riesgo de puentes", (string?)text["value"]);
        Assert.Equal(2000, (int?)text["maxLength"]);
        Assert.True((bool?)text["isMultiline"]);
    }

    [Fact]
    public void ActionItemCreatedCard_Build_IsTheItemCardUnderAConfirmation()
    {
        // Act
        var card = Spanish(() => ItemCreatedCard.Build(Resiliencia, Task(), Members, Today, insideMesa: true));

        // Assert
        Assert.Equal("Tarea T-3 registrada. Le avisaré a Ana Pérez antes de que venza.", Texts(card)[0]);
        Assert.Equal(["Cumplida", "En curso", "Posponer", "Reasignar", "Editar"], ExecuteTitles(card));
        Assert.Equal("sábado 13 de diciembre (vence en 3 días)", Fact(card, "Vence"));
    }
}
