using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Chat;

/// <summary>How a turn says "no, because…", in the shape the asking surface shows.</summary>
public static class Refusals
{
    /// <summary>A button's card gives way to a notice card; a message action's dialog shows the sentence in place.</summary>
    public static InvokeResponse ForInvoke(ChatContext chat, string text) =>
        chat.Activity.Name == CardActionInvoke.Name
            ? CardInvokeResponses.Card(NoticeCard.Info(text))
            : InvokeResponse.Ok(new { task = new { type = "message", value = text } });

    /// <summary>Answers a message with the sentence, or returns the invoke's response.</summary>
    public static async Task<InvokeResponse?> AnswerAsync(ChatContext chat, string text, CancellationToken cancellationToken)
    {
        if (chat.Activity.Type == ActivityTypes.Invoke)
        {
            return ForInvoke(chat, text);
        }

        await chat.SayAsync(text, cancellationToken);
        return null;
    }
}
