using MesaBot.Bot.Cards;
using MesaBot.Records;
using Xunit;
using static MesaBot.Tests.Cards.ChatCardData;

namespace MesaBot.Tests.Cards;

/// <summary>An annulled acuerdo stays visible: struck through, and named as annulled with its reason.</summary>
public sealed class AnnulledAgreementCardTests
{
    private static readonly Person Luis = new("llllllll-0000-0000-0000-000000000009", "Luis Soto");

    private static Agreement Annulled(int number) =>
        new Agreement(number, $"Acuerdo {number}", Today, null, Ana, null, DateTimeOffset.UnixEpoch, "2")
        {
            Annulment = new AgreementAnnulment("se registró dos veces", Luis, new DateTimeOffset(2025, 12, 10, 15, 0, 0, TimeSpan.Zero)),
        };

    [Fact]
    public void AgreementCreatedCard_Annulled_StrikesTheTextAndSaysWhoAndWhy()
    {
        // Act
        var card = Spanish(() => AgreementCreatedCard.Build(Resiliencia, Annulled(2), Today, insideMesa: true));

        // Assert
        Assert.Equal("Acuerdo A-2 anulado", Texts(card)[0]);
        var text = Assert.Single(OfType(card, "TextRun"));
        Assert.Equal(("Acuerdo 2", true), ((string?)text["text"], (bool?)text["strikethrough"]));
        Assert.Equal("se registró dos veces", Fact(card, "Motivo"));
        Assert.StartsWith("Luis Soto, el ", Fact(card, "Anulado por"));
        Assert.DoesNotContain("registrado", string.Join(" ", Texts(card)));
    }

    [Fact]
    public void AgreementListCard_OneAnnulled_OnlyThatRowStruckAndMarked()
    {
        // Arrange
        Agreement[] agreements = [Annulled(2), Annulled(1) with { Annulment = null }];

        // Act
        var card = Spanish(() => AgreementListCard.Build(Resiliencia, agreements, Today, insideMesa: true));

        // Assert
        var struck = OfType(card, "TextRun").Where(r => (bool?)r["strikethrough"] == true).Select(r => ((string)r["text"]!).Trim());
        Assert.Equal(["Acuerdo 2"], struck);
        Assert.Single(Texts(card), t => t == "Anulado: se registró dos veces");
    }
}
