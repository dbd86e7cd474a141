using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>The command list. Each feature contributes its own lines, so the card lists only what works.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(IEnumerable<CommandHelp> commands) => new AdaptiveCard()
        .Add(new TextBlock(Strings.Help_Title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
        .Add(new TextBlock(Strings.Help_Intro) { IsSubtle = true })
        .Add(new FactSet([.. commands.OrderBy(c => c.Order).Select(c => new Fact(c.Example, c.Description()))]))
        // The same records as a form, for whoever prefers not to type the command.
        .Add(OpenForm(CardTexts.Help_NewActionItem, FormInputs.ActionItem))
        .Add(OpenForm(CardTexts.Help_NewAgreement, FormInputs.Agreement))
        .Add(OpenForm(CardTexts.Help_NewCommitment, FormInputs.Commitment));

    private static ExecuteAction OpenForm(string title, string kind) =>
        new(title, CardVerbs.OpenForm) { Data = new Dictionary<string, string> { [ItemData.Kind] = kind } };
}

/// <summary>One line of the help card: an example to type and what it does (read in the turn's culture).</summary>
public sealed record CommandHelp(int Order, string Example, Func<string> Description);
