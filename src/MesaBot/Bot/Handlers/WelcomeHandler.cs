using MesaBot.Bot.Cards;
using MesaBot.Conversations;
using MesaBot.Bot.Chat;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The bot was added somewhere: remember the conversation, and welcome it the first time only (Teams
/// sends both installationUpdate and conversationUpdate for one install).
/// </summary>
public sealed partial class WelcomeHandler(ConversationStore conversations, ILogger<WelcomeHandler> logger)
{
    public async Task OnBotAddedAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (ConversationReference.From(chat.Activity) is not { } reference)
        {
            return;
        }

        if (await conversations.RegisterAsync(reference, cancellationToken))
        {
            Log.Installed(logger, reference.ConversationType, reference.Key);
            await chat.ShowAsync(WelcomeCard.Build(chat.ConversationType, chat.Mesa), cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "MesaBot added to {ConversationType} conversation {ConversationKey}")]
        public static partial void Installed(ILogger logger, string conversationType, string conversationKey);
    }
}
