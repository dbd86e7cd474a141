using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// "No entendí «show pending»" with a "¿Quisiste decir pendientes?" button that runs the command (an
/// Action.Execute, which Teams and the Agents Playground both deliver as an invoke), and the help.
/// </summary>
public static class SuggestionCard
{
    public const string Command = "comando";
    public const string Mentions = "menciones";

    /// <param name="commandWords">The command's own words, for the button ("pendientes").</param>
    /// <param name="command">What the button runs: the command with the rest of the text ("pendientes CChC").</param>
    /// <param name="mentionsJson">The typed message's mention entities, so "@Ana" still names Ana when the button runs; null when none.</param>
    public static AdaptiveCard Build(string typed, string commandWords, string command, string? mentionsJson)
    {
        var data = new Dictionary<string, string> { [Command] = command };
        if (mentionsJson is not null)
        {
            data[Mentions] = mentionsJson;
        }

        var card = new AdaptiveCard().Add(new TextBlock(CardText.Format(CardTexts.Suggestion_NotUnderstood, typed)));
        if (command != commandWords)
        {
            card.Add(new TextBlock(CardText.Format(CardTexts.Suggestion_WillRun, command.Replace("<at>", "@", StringComparison.Ordinal).Replace("</at>", string.Empty, StringComparison.Ordinal))) { IsSubtle = true, Size = TextSize.Small });
        }

        return card
            .Add(new ExecuteAction(CardText.Format(CardTexts.Suggestion_DidYouMean, commandWords), CardVerbs.RunCommand) { Data = data, Style = ActionStyle.Positive })
            .Add(new ExecuteAction(Strings.Welcome_HelpButton, CardVerbs.ShowHelp));
    }
}
