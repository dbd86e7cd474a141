using System.Text.Json;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The message action "Registrar en MesaBot": on any chat message, "…" opens a dialog prefilled with the
/// message (composeExtension/fetchTask); saving it (composeExtension/submitAction) creates the record
/// with a link to the message and posts its card in the conversation. Both answer well within Teams'
/// five seconds: one mesa lookup, a cached roster, and the record's own writes.
/// </summary>
public sealed class SaveMessageHandler(ChatContextFactory contexts, RosterPeople roster, FormHandler forms)
{
    public const string CommandId = "registrarMensaje";
    public const string FetchTaskInvoke = "composeExtension/fetchTask";
    public const string SubmitActionInvoke = "composeExtension/submitAction";

    public async Task<InvokeResponse> OnFetchTaskAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (CommandOf(turn.Activity) != CommandId)
        {
            return InvokeResponse.NotImplemented;
        }

        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (chat.Mesa is not { Archived: false })
        {
            return TaskMessage(chat.IsPersonal ? Strings.Guard_PersonalChatNoMesa : Strings.Guard_NotLinked);
        }

        if (!chat.Mesa.GuestsMayWrite && await roster.IsGuestAsync(chat, cancellationToken))
        {
            return TaskMessage(Strings.Guard_GuestReadOnly);
        }

        var message = MessagePayload(turn.Activity);
        var text = HtmlText.ToPlain(Text(message, "body", "content"));
        var author = Text(message, "from", "user", "displayName");
        var members = await roster.MembersAsync(chat, cancellationToken);
        var card = SaveMessageFormCard.Build(text, author, members, chat.Today, chat.Author.ObjectId);
        return InvokeResponse.Ok(new
        {
            task = new
            {
                type = "continue",
                value = new
                {
                    title = Strings.SaveMessage_Title,
                    height = "large",
                    width = "medium",
                    card = new { contentType = AdaptiveCard.ContentType, content = card.ToJson() },
                },
            },
        });
    }

    public async Task<InvokeResponse> OnSubmitActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (CommandOf(turn.Activity) != CommandId)
        {
            return InvokeResponse.NotImplemented;
        }

        var chat = await contexts.CreateAsync(turn, cancellationToken);
        var link = Text(MessagePayload(turn.Activity), "linkToMessage");
        var answer = await forms.SaveAsync(chat, CardActionData.Of(turn.Activity), link, cancellationToken);
        if (answer.Card is null)
        {
            // Nothing was saved: say why in the dialog instead of posting in the conversation.
            return TaskMessage(answer.Text!);
        }

        await turn.ShowAsync(answer.Card, cancellationToken);
        return InvokeResponse.Ok(new { });
    }

    private static InvokeResponse TaskMessage(string text) =>
        InvokeResponse.Ok(new { task = new { type = "message", value = text } });

    private static string? CommandOf(Activity activity) => Text(activity.Value, "commandId");

    private static JsonElement? MessagePayload(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("messagePayload", out var payload) ? payload : null;

    private static string? Text(JsonElement? node, params string[] path)
    {
        foreach (var name in path)
        {
            if (node is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(name, out var next))
            {
                return null;
            }

            node = next;
        }

        return node is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
    }
}
