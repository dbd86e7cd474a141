using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>What the bot posts, once, when it is added to a team, group chat or personal chat.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build() => new AdaptiveCard()
        .Add(new TextBlock(Strings.Welcome_Title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
        .Add(new TextBlock(Strings.Welcome_Body))
        .Add(new TextBlock(Strings.Welcome_HowTo) { IsSubtle = true })
        .Add(new ExecuteAction(Strings.Welcome_HelpButton, CardVerbs.ShowHelp));
}
