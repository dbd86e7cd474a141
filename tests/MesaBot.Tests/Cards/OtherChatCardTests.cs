using MesaBot.Bot;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;
using Xunit;
using static MesaBot.Tests.Cards.ChatCardData;

namespace MesaBot.Tests.Cards;

public sealed class OtherChatCardTests
{
    [Fact]
    public void SummaryCard_Build_CountsThisWeekAndOverdueAndGroupsPartners()
    {
        // Arrange: the week is Monday 8 to Sunday 14 December.
        Agreement[] agreements = [Agreement(1, Today.AddDays(-2)), Agreement(2, Today.AddDays(-3)), Agreement(3, Today.AddDays(4))];
        OpenItem[] items =
        [
            Task(dueInDays: -4, number: 1),
            Task(ItemStatus.EnCurso, dueInDays: 2, number: 2),
            Task(ItemStatus.Cumplida, number: 3) with { CompletedBy = Ana, CompletedAt = new DateTimeOffset(2025, 12, 8, 15, 0, 0, TimeSpan.Zero) },
            Task(ItemStatus.Cumplida, number: 4) with { CompletedBy = Ana, CompletedAt = new DateTimeOffset(2025, 12, 8, 2, 0, 0, TimeSpan.Zero) },
        ];
        OpenItem[] commitments = [Commitment(dueInDays: -1), Commitment() with { Number = 8 }, Commitment() with { Number = 9, Partner = "Corfo" }];

        // Act
        var card = Spanish(() => SummaryCard.Build(Resiliencia, agreements, items, commitments, Today, insideMesa: true));

        // Assert: T-4 was closed on Sunday 7 December in Santiago (02:00 UTC on the 8th), last week.
        Assert.Contains("Semana del 08/12 al 14/12", Texts(card));
        Assert.Equal("2", Fact(card, "Acuerdos esta semana"));
        Assert.Equal("2", Fact(card, "Tareas pendientes"));
        Assert.Equal("2", Fact(card, "Vencidas"));
        Assert.Equal("1", Fact(card, "Cumplidas esta semana"));
        Assert.Equal("2 (1 vencido)", Fact(card, "Cámara Chilena de la Construcción"));
        Assert.Equal("1", Fact(card, "Corfo"));
        Assert.Equal(["T-1", "C-7"], OfType(card, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.ShowItem).Select(a => (string)a["data"]!["ref"]!));
    }

    [Fact]
    public void SummaryCard_AnnulledAgreement_CountedApartNotAsAnAgreement()
    {
        // Arrange: A-1 stands; A-2, of this week too, was annulled on Tuesday 9 December.
        var annulment = new AgreementAnnulment("Duplicado", Ñusta, new DateTimeOffset(2025, 12, 9, 15, 0, 0, TimeSpan.Zero));
        Agreement[] agreements = [Agreement(1, Today.AddDays(-2)), Agreement(2, Today.AddDays(-1)) with { Annulment = annulment }];

        // Act
        var card = Spanish(() => SummaryCard.Build(Resiliencia, agreements, [], [], Today, insideMesa: true));

        // Assert
        Assert.Equal("1", Fact(card, "Acuerdos esta semana"));
        Assert.Equal("1", Fact(card, "Acuerdos anulados esta semana"));
    }

    [Fact]
    public void SummaryCard_NothingAnnulled_HasNoAnnulledLine()
    {
        // Act
        var card = Spanish(() => SummaryCard.Build(Resiliencia, [Agreement(1, Today)], [], [], Today, insideMesa: true));

        // Assert
        Assert.Null(Fact(card, "Acuerdos anulados esta semana"));
    }

    [Fact]
    public void RefusalCard_Build_NamesTheItemAsShown()
    {
        // Act
        var card = Spanish(() => RefusalCard.Build("RES-T-3"));

        // Assert
        Assert.Contains("Solo el responsable o un coordinador puede cambiar RES-T-3.", Texts(card));
    }

    [Fact]
    public void PartnerSuggestionCard_Build_OneButtonPerSuggestionAndOneForANewPartner()
    {
        // Act
        var card = Spanish(() => PartnerSuggestionCard.Build("Camara", ["Cámara Chilena de la Construcción"], "compromiso Camara: enviar planos"));

        // Assert
        Assert.Contains("¿Te refieres a Cámara Chilena de la Construcción?", Texts(card));
        var buttons = OfType(card, "Action.Execute");
        Assert.Equal(["Sí, Cámara Chilena de la Construcción", "No, es un socio nuevo"], buttons.Select(b => (string)b["title"]!));
        Assert.All(buttons, b => Assert.Equal(CardVerbs.ChoosePartner, (string?)b["verb"]));
        Assert.All(buttons, b => Assert.Equal("compromiso Camara: enviar planos", (string?)b["data"]!["borrador"]));
        Assert.Equal("Cámara Chilena de la Construcción", (string?)buttons[0]["data"]!["socio"]);
        Assert.Equal("Camara", (string?)buttons[1]["data"]!["socio"]);
        Assert.Equal("si", (string?)buttons[1]["data"]!["nuevo"]);
    }

    [Fact]
    public void PartnerSuggestionCard_SixSuggestions_KeepsFourAndNewWithinTheActionLimit()
    {
        // Act
        var card = Spanish(() => PartnerSuggestionCard.Build("C", ["A1", "A2", "A3", "A4", "A5", "A6"], "compromiso C: x"));

        // Assert
        Assert.Equal(5, card["actions"]!.AsArray().Count);
        Assert.Contains("¿A qué socio te refieres con «C»?", Texts(card));
    }

    [Fact]
    public void CommitmentFormCard_Build_HasTheContractInputsRequiredWithSpanishErrors()
    {
        // Act
        var card = Spanish(() => CommitmentFormCard.Build(Members, Today, Ñusta.ObjectId));

        // Assert
        var inputs = OfType(card, "Input.Text").Concat(OfType(card, "Input.Date")).Concat(OfType(card, "Input.ChoiceSet")).ToList();
        Assert.Equal(["contacto", "fecha", "responsable", "socio", "texto"], inputs.Select(i => (string)i["id"]!).Order(StringComparer.Ordinal));
        Assert.All(inputs.Where(i => (string?)i["id"] != "contacto"), i =>
        {
            Assert.True((bool?)i["isRequired"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)i["errorMessage"]));
        });
        Assert.Equal("Escribe el texto antes de guardar.", (string?)inputs.Single(i => (string?)i["id"] == "texto")["errorMessage"]);
        Assert.Equal(Ñusta.ObjectId, (string?)inputs.Single(i => (string?)i["id"] == "responsable")["value"]);
        var save = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.SubmitForm, (string?)save["verb"]);
        Assert.Equal("compromiso", (string?)save["data"]!["tipo"]);
    }

    [Fact]
    public void ActionItemFormCard_NoMembers_HasNoPickerAndSaysWhoOwnsIt()
    {
        // Act
        var card = Spanish(() => ActionItemFormCard.Build([], Today));

        // Assert
        Assert.Empty(OfType(card, "Input.ChoiceSet"));
        Assert.Contains("Quedará a tu cargo; podrás reasignarla después.", Texts(card));
        Assert.Equal("tarea", (string?)Assert.Single(OfType(card, "Action.Execute"))["data"]!["tipo"]);
    }

    [Fact]
    public void AgreementFormCard_Build_DateDefaultsToToday()
    {
        // Act
        var card = Spanish(() => AgreementFormCard.Build(Today));

        // Assert
        Assert.Equal("2025-12-10", (string?)Assert.Single(OfType(card, "Input.Date"))["value"]);
        Assert.Equal("acuerdo", (string?)Assert.Single(OfType(card, "Action.Execute"))["data"]!["tipo"]);
    }

    [Fact]
    public void HelpCard_Build_OffersTheThreeForms()
    {
        // Act
        var card = Spanish(() => HelpCard.Build([new CommandHelp(0, "ayuda", () => "Muestra esta ayuda.")]));

        // Assert
        var buttons = OfType(card, "Action.Execute");
        Assert.Equal(["Nueva tarea", "Nuevo acuerdo", "Nuevo compromiso"], buttons.Select(b => (string)b["title"]!));
        Assert.Equal(["tarea", "acuerdo", "compromiso"], buttons.Select(b => (string)b["data"]!["tipo"]!));
        Assert.All(buttons, b => Assert.Equal(CardVerbs.OpenForm, (string?)b["verb"]));
    }

    [Fact]
    public void AgreementCreatedCard_OutsideMesa_QualifiedIdLongDateSessionAndMesa()
    {
        // Act
        var card = Spanish(() => AgreementCreatedCard.Build(Resiliencia, Agreement(12, Today) with { Session = "Sesión 3" }, Today, insideMesa: false));

        // Assert
        Assert.Equal("Acuerdo RES-A-12 registrado", Texts(card)[0]);
        Assert.Equal("miércoles 10 de diciembre", Fact(card, "Fecha"));
        Assert.Equal("Sesión 3", Fact(card, "Sesión"));
        Assert.Equal("Ana Pérez", Fact(card, "Registrado por"));
        Assert.Equal("Resiliencia", Fact(card, "Mesa"));
    }

    private static Agreement Agreement(int number, DateOnly on) => new(number, $"Acuerdo {number}", on, null, Ana, null, DateTimeOffset.UnixEpoch, "1");
}
