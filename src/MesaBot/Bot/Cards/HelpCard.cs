using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>The command list. Each feature contributes its own lines, so the card lists only what works.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(IEnumerable<CommandHelp> commands) => new AdaptiveCard()
        .Add(new TextBlock(Strings.Help_Title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
        .Add(new TextBlock(Strings.Help_Intro) { IsSubtle = true })
        .Add(new FactSet([.. commands.OrderBy(c => c.Order).Select(c => new Fact(c.Example, c.Description()))]));
}

/// <summary>One line of the help card: an example to type and what it does (read in the turn's culture).</summary>
public sealed record CommandHelp(int Order, string Example, Func<string> Description);
