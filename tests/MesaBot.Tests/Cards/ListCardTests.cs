using MesaBot.Bot;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;
using Xunit;
using static MesaBot.Tests.Cards.ChatCardData;

namespace MesaBot.Tests.Cards;

public sealed class ListCardTests
{
    [Fact]
    public void Ordered_MixedDates_OverdueFirstOldestOnTopThenByDueDate()
    {
        // Arrange: T-4 is closed and past its date, so it is not overdue.
        ItemRow[] rows = [Row(1, 5), Row(2, -1), Row(3, 0), Row(4, -9, ItemStatus.Cumplida), Row(5, -6), Row(6, 1)];

        // Act
        var ordered = ItemRow.Ordered(rows, Today);

        // Assert
        Assert.Equal(["T-5", "T-2", "T-4", "T-3", "T-6", "T-1"], ordered.Select(r => r.Id));
    }

    [Fact]
    public void Ordered_SameDueDate_ByNumberNotByText()
    {
        // Act
        var ordered = ItemRow.Ordered([Row(10, 2), Row(9, 2), Row(100, 2)], Today);

        // Assert
        Assert.Equal(["T-9", "T-10", "T-100"], ordered.Select(r => r.Id));
    }

    [Fact]
    public void Build_23Rows_FirstPageHasTenRowsAndShowMoreForPageTwo()
    {
        // Act
        var card = Spanish(() => PendingListCard.Build("Pendientes", Rows(23), Today, "pendientes", page: 1, mesaId: "resiliencia"));

        // Assert
        Assert.Equal(10, RowIds(card).Count);
        Assert.Contains("Mostrando 1–10 de 23", Texts(card));
        var more = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(CardVerbs.ShowMore, (string?)more!["verb"]);
        Assert.Equal("Ver más", (string?)more["title"]);
        Assert.Equal("pendientes", (string?)more["data"]!["consulta"]);
        Assert.Equal("2", (string?)more["data"]!["pagina"]);
        Assert.Equal("resiliencia", (string?)more["data"]!["mesa"]);
    }

    [Fact]
    public void Build_LastPage_ShowsTheRestAndNoShowMore()
    {
        // Act
        var card = Spanish(() => PendingListCard.Build("Pendientes", Rows(23), Today, "pendientes", page: 3));

        // Assert
        Assert.Equal(["T-21", "T-22", "T-23"], RowIds(card));
        Assert.Contains("Mostrando 21–23 de 23", Texts(card));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void Build_ExactlyTenRows_NoRangeAndNoShowMore()
    {
        // Act
        var card = Spanish(() => PendingListCard.Build("Vencidas", Rows(10), Today, "vencidas"));

        // Assert
        Assert.Equal(10, RowIds(card).Count);
        Assert.DoesNotContain(Texts(card), t => t.StartsWith("Mostrando", StringComparison.Ordinal));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void Build_NoRows_SaysSoKindly()
    {
        // Act
        var card = Spanish(() => PendingListCard.Build("Mis pendientes", [], Today, "mis"));

        // Assert
        Assert.Equal(["Mis pendientes", "No hay pendientes. ¡Buen trabajo!"], Texts(card));
    }

    [Fact]
    public void Build_OverdueRow_ShowsShortDateAndHowLateInBold()
    {
        // Act
        var card = Spanish(() => PendingListCard.Build("Vencidas", [Row(3, -4)], Today, "vencidas"));

        // Assert
        var runs = OfType(card, "TextRun");
        Assert.Contains(runs, r => (string?)r["text"] == "Ana Pérez · 06/12 · ");
        var late = Assert.Single(runs, r => (string?)r["text"] == "vencida hace 4 días");
        // Bold, not red: Teams' red fails 4.5:1 contrast on its dark theme (CardRenderTests measures it).
        Assert.Equal("bolder", (string?)late["weight"]);
    }

    [Fact]
    public void Build_EveryRow_TapSendsShowItemWithMesaAndRef()
    {
        // Arrange: a cross-mesa row from the index: shown qualified, acted on by its local id.
        var pending = new PendingItem("tenant", "productividad", "PRO", new RecordRef(RecordKind.Commitment, 7, "PRO"), "Enviar el listado",
            Today, ItemStatus.Pendiente, Ana, "Corfo", 42);

        // Act
        var card = Spanish(() => PendingListCard.Build("Mis pendientes", [ItemRow.From(pending)], Today, "mis"));

        // Assert
        var select = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.ShowItem, (string?)select["verb"]);
        Assert.Equal("productividad", (string?)select["data"]!["mesa"]);
        Assert.Equal("C-7", (string?)select["data"]!["ref"]);
        Assert.Equal("mis", (string?)select["data"]!["consulta"]);
        Assert.Null(select["data"]!["version"]);
        Assert.Null(select["data"]!["pagina"]);
        Assert.Equal(["PRO-C-7"], RowIds(card));
        Assert.Contains("Corfo · 10/12 · ", Texts(card));
    }

    [Fact]
    public void Build_LaterPage_RowTapCarriesItsPage()
    {
        // Arrange: page 1 sends no "pagina" (read back as 1); any other page must, so "Volver a la lista" returns there.
        var rows = Rows(23);

        // Act
        var first = Spanish(() => PendingListCard.Build("Pendientes", rows, Today, "pendientes", page: 1));
        var second = Spanish(() => PendingListCard.Build("Pendientes", rows, Today, "pendientes", page: 2));

        // Assert
        var firstTaps = OfType(first, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.ShowItem).ToList();
        var secondTaps = OfType(second, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.ShowItem).ToList();
        Assert.NotEmpty(firstTaps);
        Assert.NotEmpty(secondTaps);
        Assert.All(firstTaps, tap => Assert.Null(tap["data"]!["pagina"]));
        Assert.All(secondTaps, tap => Assert.Equal("2", (string?)tap["data"]!["pagina"]));
        Assert.Equal(ListOrigin.From("pendientes", null), ListOrigin.From("pendientes", "1"));
    }

    [Fact]
    public void Build_LongText_CutOnAWordWithEllipsis()
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("Coordinar la revisión técnica del diseño ", 10));

        // Act
        var card = Spanish(() => PendingListCard.Build("Pendientes", [Row(1, 3) with { Text = text }], Today, "pendientes"));

        // Assert
        var shown = Texts(card).Single(t => t.StartsWith(" Coordinar", StringComparison.Ordinal));
        Assert.True(shown.Length <= 141, shown);
        Assert.EndsWith("…", shown);
        Assert.DoesNotContain(" …", shown);
    }

    [Fact]
    public void AgreementListCard_14Agreements_NewestFirstTenAndShowMore()
    {
        // Arrange
        var agreements = Enumerable.Range(1, 14).Select(i => new Agreement(i, $"Acuerdo {i}", Today.AddDays(i % 7), null, Ana, null, DateTimeOffset.UnixEpoch, "1")).ToList();

        // Act
        var card = Spanish(() => AgreementListCard.Build(Resiliencia, agreements, Today, insideMesa: true));

        // Assert: by date, then by number, newest first.
        Assert.Equal(["A-13", "A-6", "A-12", "A-5", "A-11", "A-4", "A-10", "A-3", "A-9", "A-2"], RowIds(card));
        var more = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal("acuerdos", (string?)more!["data"]!["consulta"]);
        Assert.Equal("2", (string?)more["data"]!["pagina"]);
    }

    private static IReadOnlyList<ItemRow> Rows(int count) => [.. Enumerable.Range(1, count).Select(i => Row(i, i))];

    // The first TextRun of each row is its id.
    private static List<string> RowIds(System.Text.Json.Nodes.JsonObject card) =>
        [.. OfType(card, "RichTextBlock").Select(r => r["inlines"]![0]!).Where(r => (string?)r["weight"] == "bolder").Select(r => (string)r["text"]!)];
}
