using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Protocol;

namespace MesaBot.Bot.Chat;

/// <summary>
/// What a chat operation answers, before knowing how it was asked: posted as a message for a typed
/// command (<see cref="ChatContext.AnswerAsync"/>), or returned as the invoke response for a card
/// button or form.
/// </summary>
public sealed record ChatAnswer(AdaptiveCard? Card, string? Text)
{
    public static ChatAnswer Show(AdaptiveCard card) => new(card, null);

    public static ChatAnswer Say(string text) => new(null, text);

    /// <summary>A card replaces the one pressed; a text comes back as a notice card, so it reads the same everywhere.</summary>
    public InvokeResponse ToInvokeResponse() => CardInvokeResponses.Card(Card ?? NoticeCard.Info(Text!));
}
