using System.Text;

namespace MesaBot.CardTests.Infrastructure;

/// <summary>
/// Regenerates docs/cards/ (PNG per card and the README listing them) when the render test runs with
/// MESABOT_CARDS_DOCS_DIR set; tools/cardcheck/render-docs.sh does that.
/// </summary>
internal static class CardDocs
{
    public const string DirectoryVariable = "MESABOT_CARDS_DOCS_DIR";

    public static string? RequestedDirectory() =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } dir ? Path.GetFullPath(dir) : null;

    /// <summary>Removes the old PNGs, so a card dropped from the catalogue leaves no picture behind.</summary>
    public static void Clear(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var png in Directory.EnumerateFiles(directory, "*.png"))
        {
            File.Delete(png);
        }
    }

    public static void WriteReadme(string directory, IEnumerable<CatalogCard> cards)
    {
        var text = new StringBuilder()
            .AppendLine("# MesaBot's cards")
            .AppendLine()
            .AppendLine("Every Adaptive Card in `tests/MesaBot.CardTests/CardCatalog.cs`, rendered by the official")
            .AppendLine("`adaptivecards` 3.0.6 renderer in headless Chromium with Teams' light-theme host config (an")
            .AppendLine("approximation: Teams' own fonts and chrome differ a little); every text is also measured for")
            .AppendLine("4.5:1 contrast there and in the dark and high-contrast themes. Generated; do not edit by hand.")
            .AppendLine("Regenerate with `tools/cardcheck/render-docs.sh` after changing a card.")
            .AppendLine();
        foreach (var card in cards)
        {
            text.AppendLine($"## {card.Name}").AppendLine().AppendLine(card.Description).AppendLine()
                .AppendLine($"![{card.Name}]({card.Name}.png)").AppendLine();
        }

        File.WriteAllText(Path.Combine(directory, "README.md"), text.ToString().TrimEnd() + "\n");
    }
}
