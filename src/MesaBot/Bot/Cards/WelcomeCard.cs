using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// What the bot posts, once, when it is added to a team, group chat or personal chat. It starts with the
/// first thing to do there: in a channel or group chat, link it to its mesa (nothing else works before);
/// in the personal chat, look at what is yours.
/// </summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(string conversationType, Mesa? linkedMesa = null)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(Strings.Welcome_Title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new TextBlock(Strings.Welcome_Body));
        if (conversationType == "personal")
        {
            return card
                .Add(new TextBlock(Strings.Welcome_PersonalFirstStep) { Weight = TextWeight.Bolder })
                .Add(new TextBlock(Strings.Welcome_PersonalThen) { IsSubtle = true })
                .Add(new ExecuteAction(Strings.Welcome_MinePendingButton, CardVerbs.RunCommand)
                {
                    Data = new Dictionary<string, string> { [SuggestionCard.Command] = "mis pendientes" },
                    Style = ActionStyle.Positive,
                })
                .Add(new ExecuteAction(Strings.Welcome_HelpButton, CardVerbs.ShowHelp));
        }

        var firstStep = linkedMesa is null
            ? Strings.Welcome_LinkFirstStep
            : string.Format(Strings.Welcome_AlreadyLinked, linkedMesa.Name);
        return card
            .Add(new TextBlock(firstStep) { Weight = TextWeight.Bolder })
            .Add(new TextBlock(Strings.Welcome_ChannelThen) { IsSubtle = true })
            .Add(new ExecuteAction(Strings.Welcome_HelpButton, CardVerbs.ShowHelp));
    }
}
