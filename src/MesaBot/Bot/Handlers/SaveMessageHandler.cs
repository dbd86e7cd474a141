using System.Text.Json;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The message action "Registrar en MesaBot": on any chat message, "…" opens a dialog prefilled with the
/// message (composeExtension/fetchTask); saving it (composeExtension/submitAction) creates the record
/// with a link to the message and posts its card in the conversation. Both answer well within Teams'
/// five seconds: one mesa lookup, a cached roster, and the record's own writes.
/// </summary>
public sealed class SaveMessageHandler(FormHandler forms, ProposalsHandler proposals)
{
    public const string CommandId = "registrarMensaje";

    public async Task<InvokeResponse> OnFetchTaskAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var message = MessagePayload(chat.Activity);
        var text = HtmlText.ToPlain(Text(message, "body", "content"));
        var author = Text(message, "from", "user", "displayName");
        var members = await chat.Roster.PeopleAsync(cancellationToken);
        // Minutes pasted as one message hold several records: all of them are offered, each to tick and edit.
        var speaker = members.FirstOrDefault(m => m.TeamsUserId is { Length: > 0 } id && id == Text(message, "from", "user", "id"));
        var several = await proposals.ProposalsAsync(chat, text, speaker, Origin(message), Text(message, "linkToMessage"), inDialog: true, cancellationToken);
        if (several is not null && ProposalCount(several) >= 2)
        {
            return Dialog(several);
        }

        return Dialog(SaveMessageFormCard.Build(text, author, members, chat.Today, chat.Author.ObjectId));
    }

    public async Task<InvokeResponse> OnSubmitActionAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (data[ProposalDraft.DialogKey] == "si")
        {
            var origin = data[ProposalDraft.OriginKey] ?? Origin(MessagePayload(chat.Activity));
            var (card, saved) = await proposals.SaveAsync(chat, data, origin, cancellationToken);
            if (!saved)
            {
                return Dialog(card);
            }

            await chat.ShowAsync(card, cancellationToken);
            return InvokeResponse.Ok(new { });
        }

        var link = Text(MessagePayload(chat.Activity), "linkToMessage");
        var answer = await forms.SaveAsync(chat, CardActionData.Of(chat.Activity), link, cancellationToken);
        if (answer.Card is null)
        {
            // Nothing was saved: say why in the dialog instead of posting in the conversation.
            return Refusals.ForInvoke(chat, answer.Text!);
        }

        await chat.ShowAsync(answer.Card, cancellationToken);
        return InvokeResponse.Ok(new { });
    }

    private static InvokeResponse Dialog(AdaptiveCard card) => InvokeResponse.Ok(new
    {
        task = new
        {
            type = "continue",
            value = new
            {
                title = Strings.SaveMessage_Title,
                height = "large",
                width = "medium",
                card = new { contentType = AdaptiveCard.ContentType, content = card },
            },
        },
    });

    // The saved message's id: saving the same message's proposals twice creates each of them once.
    private static string Origin(JsonElement? message) => "msg:" + (Text(message, "id") ?? Guid.NewGuid().ToString("N"));

    private static int ProposalCount(AdaptiveCard card) =>
        card.Actions.OfType<SubmitAction>().FirstOrDefault()?.Data.GetValueOrDefault(ProposalDraft.CountKey) is { } n && int.TryParse(n, out var count) ? count : 0;

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
