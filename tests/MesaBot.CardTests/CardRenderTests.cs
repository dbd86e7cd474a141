using MesaBot.CardTests.Infrastructure;
using MesaBot.Cards;

namespace MesaBot.CardTests;

/// <summary>
/// Every catalogue card through tools/cardcheck: the official renderer's parse and validation, the
/// Teams rules it does not flag, the message size, and a real render in headless Chromium in Teams'
/// light, dark and high-contrast themes, where every text must reach WCAG 2.1 AA contrast (4.5:1).
/// </summary>
[Trait("Category", "Cards")]
public sealed class CardRenderTests : IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("mesabot-cards-").FullName;
    private readonly CardChecker _checker = new(RepositoryRoot.Find());

    [Fact]
    public async Task CheckJs_EveryCatalogueCard_PassesAndRendersAPng()
    {
        // Arrange
        EnsurePrerequisites();
        var cards = CardCatalog.All();
        var cardDirectory = Path.Combine(_workDirectory, "cards");
        CardFiles.Write(cardDirectory, cards);
        var docsDirectory = CardDocs.RequestedDirectory();
        if (docsDirectory is not null)
        {
            CardDocs.Clear(docsDirectory);
        }

        var pngDirectory = docsDirectory ?? Path.Combine(_workDirectory, "png");

        // Act
        var result = await _checker.RunAsync(cardDirectory, pngDirectory);

        // Assert
        Assert.True(result.ExitCode == 0, $"tools/cardcheck/check.js exited {result.ExitCode}:\n{result.Output}");
        foreach (var card in cards)
        {
            Assert.Contains($"ok {card.Name}\n", result.Output);
            Assert.True(new FileInfo(Path.Combine(pngDirectory, card.Name + ".png")) is { Exists: true, Length: > 1000 }, $"no PNG for {card.Name}");
        }

        if (docsDirectory is not null)
        {
            CardDocs.WriteReadme(docsDirectory, cards);
        }
    }

    [Fact]
    public async Task CheckJs_BrokenCard_ReportsEachProblemAndFails()
    {
        // Arrange
        EnsurePrerequisites();
        var cardDirectory = Path.Combine(_workDirectory, "broken");
        Directory.CreateDirectory(cardDirectory);
        File.WriteAllText(Path.Combine(cardDirectory, "broken.json"), """
            {
              "type": "AdaptiveCard",
              "version": "1.6",
              "body": [
                { "type": "TextBlock", "text": "" },
                { "type": "Sparkline" },
                { "type": "Input.Text" }
              ],
              "actions": [ { "type": "Action.Execute", "title": "Sin verbo" } ]
            }
            """);

        // Act
        var result = await _checker.RunAsync(cardDirectory, Path.Combine(_workDirectory, "png"));

        // Assert
        Assert.True(result.ExitCode == 1, $"expected exit 1, got {result.ExitCode}:\n{result.Output}");
        Assert.Contains("FAIL broken:", result.Output);
        Assert.Contains("""$.version: version "1.6" is above 1.5""", result.Output);
        Assert.Contains("$.body[0]: TextBlock has no text", result.Output);
        Assert.Contains("$.body[1]: unknown element type \"Sparkline\"", result.Output);
        Assert.Contains("$.body[2]: Input.Text has no id", result.Output);
        Assert.Contains("$.actions[0]: Action.Execute has no verb", result.Output);
        Assert.Contains("$.actions[0]: Action.Execute has no Action.Submit fallback", result.Output);
    }

    [Fact]
    public async Task CheckJs_CardWithTeamsGreenAndRed_FailsWithCardTextThemeAndRatio()
    {
        // Arrange: the confirmation banner as it was (Teams' green on its good container) and a red
        // overdue line, built with the bot's own builders.
        EnsurePrerequisites();
        var card = new AdaptiveCard()
            .Add(new Container([new TextBlock("Acuerdo A-12 registrado") { Weight = TextWeight.Bolder, Color = TextColor.Good }]) { Style = "good" })
            .Add(new TextBlock("vencida hace 4 días") { Color = TextColor.Attention });
        var cardDirectory = Path.Combine(_workDirectory, "contrast");
        CardFiles.Write(cardDirectory, [new CatalogCard("green-banner", "Texto verde y rojo de Teams", card)]);

        // Act
        var result = await _checker.RunAsync(cardDirectory, Path.Combine(_workDirectory, "png"));

        // Assert
        Assert.True(result.ExitCode == 1, $"expected exit 1, got {result.ExitCode}:\n{result.Output}");
        Assert.Contains("FAIL green-banner:", result.Output);
        Assert.Contains("contrast (light): \"Acuerdo A-12 registrado\" 1.84:1 (#92C353 on #CCFFCC), needs 4.5:1", result.Output);
        Assert.Contains("contrast (dark): \"vencida hace 4 días\" 3.24:1 (#D74654 on #2D2C2C), needs 4.5:1", result.Output);
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    // CI installs these; a missing one must fail loudly, never skip the check silently.
    private void EnsurePrerequisites()
    {
        var missing = _checker.MissingPrerequisites();
        if (missing.Count > 0)
        {
            Assert.Fail("The card check cannot run:\n" + string.Join("\n", missing));
        }
    }
}
