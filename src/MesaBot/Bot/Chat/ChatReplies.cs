using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Chat;

/// <summary>The two ways a chat handler answers: a short Markdown text, or a card.</summary>
public static class ChatReplies
{
    public static Task SayAsync(this TurnContext turn, string markdown, CancellationToken cancellationToken) =>
        turn.SendAsync(new Activity { Text = markdown, TextFormat = "markdown" }, cancellationToken);

    public static Task ShowAsync(this TurnContext turn, AdaptiveCard card, CancellationToken cancellationToken) =>
        turn.SendAsync(card.ToActivity(), cancellationToken);
}
