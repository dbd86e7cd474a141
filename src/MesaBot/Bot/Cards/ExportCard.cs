using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to «exportar»: what the workbook holds and a button that opens it.</summary>
public static class ExportCard
{
    /// <param name="mesas">How many mesas it covers (more than one for the committee's «exportar todo»).</param>
    /// <param name="note">Where the file is kept or when its link expires.</param>
    public static AdaptiveCard Build(string title, int mesas, int agreements, int tasks, int commitments, string fileName, Uri link, string note)
    {
        List<Fact> facts = mesas > 1 ? [new(Strings.Export_Mesas, mesas.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [];
        facts.AddRange(
        [
            new(Strings.Export_Agreements, agreements.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(Strings.Export_Tasks, tasks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(Strings.Export_Commitments, commitments.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(Strings.Export_File, fileName),
        ]);
        return new AdaptiveCard()
            .Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new FactSet(facts))
            .Add(new TextBlock(note) { IsSubtle = true })
            .Add(new OpenUrlAction(Strings.Export_Download, link));
    }
}
