using System.Text.Json;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// Anything the router did not recognise. An English phrasing (<see cref="EnglishCommands"/>) runs in an
/// English mesa; otherwise the closest command, or the English phrasing's command, is offered as a
/// "¿Quisiste decir…?" button that runs it (<see cref="OnRunCommandAsync"/>); failing both, a pointer to the help.
/// </summary>
public sealed partial class UnknownCommandHandler
{
    // Marks the message rebuilt from a button or a translation, so that what it cannot match is
    // answered with text and never translated or offered again (no loop).
    private const string RerunName = "mesabot/rerun";

    public async Task OnUnknownAsync(ChatContext chat, ActivityRouter<ChatContext> router, CancellationToken cancellationToken)
    {
        var typed = chat.Turn.Text.Trim();
        if (typed.Length == 0)
        {
            await chat.SayAsync(Strings.Unknown_Empty, cancellationToken);
            return;
        }

        var rerun = chat.Activity.Name == RerunName;
        if (!rerun && EnglishCommands.Translate(typed) is { } meant)
        {
            if (chat.Culture.TwoLetterISOLanguageName == "en")
            {
                await RouteAsync(chat, router, meant, chat.Activity.Entities, cancellationToken);
                return;
            }

            await SuggestAsync(chat, typed, meant, cancellationToken);
            return;
        }

        if (!rerun && router.ClosestCommand(typed) is { } closest)
        {
            var rest = CommandText.After(typed, closest.Split(' ').Length);
            await SuggestAsync(chat, typed, rest.Length == 0 ? closest : closest + " " + rest, cancellationToken);
            return;
        }

        await chat.SayAsync(string.Format(Strings.Unknown_Command, Shorten(typed)), cancellationToken);
    }

    /// <summary>A "¿Quisiste decir…?" button: the command runs as if typed, and the suggestion becomes a note of what ran.</summary>
    public async Task<InvokeResponse> OnRunCommandAsync(ChatContext chat, ActivityRouter<ChatContext> router, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (data[SuggestionCard.Command] is not { } command)
        {
            return CardInvokeResponses.Card(NoticeCard.Info(Strings.Item_CardStale));
        }

        await RouteAsync(chat, router, command, Mentions(data[SuggestionCard.Mentions]), cancellationToken);
        return CardInvokeResponses.Card(NoticeCard.Info(string.Format(Strings.Suggestion_Ran, Shorten(command))));
    }

    private static Task SuggestAsync(ChatContext chat, string typed, string command, CancellationToken cancellationToken)
    {
        var words = CommandWordsOf(command);
        var people = MentionedPeople.Of(chat.Activity).Count > 0 ? JsonSerializer.Serialize(chat.Activity.Entities) : null;
        return chat.ShowAsync(SuggestionCard.Build(Shorten(Readable(typed)), words, command, people), cancellationToken);
    }

    // "pendientes CChC" → "pendientes"; the two-word commands keep both ("mis pendientes", "en curso").
    private static string CommandWordsOf(string command)
    {
        var words = command.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && TwoWordCommands.Contains(words[0] + " " + words[1]) ? words[0] + " " + words[1] : words[0];
    }

    private static readonly HashSet<string> TwoWordCommands =
        new(["mis pendientes", "mis tareas", "en curso", "nueva tarea", "nuevo acuerdo", "nuevo compromiso", "coordinador quitar",
            "mesa renombrar", "mesa archivar", "mesa idioma", "mesa invitados", "mesa correos"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The same conversation, speaker and mesa, with <paramref name="text"/> as what was typed.</summary>
    private static Task RouteAsync(ChatContext chat, ActivityRouter<ChatContext> router, string text, List<JsonElement>? entities, CancellationToken cancellationToken)
    {
        var original = chat.Activity;
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Name = RerunName,
            Id = original.Id,
            Text = text,
            TextFormat = "plain",
            ServiceUrl = original.ServiceUrl,
            ChannelId = original.ChannelId,
            From = original.From,
            Recipient = original.Recipient,
            Conversation = original.Conversation,
            ChannelData = original.ChannelData,
            Locale = original.Locale,
            Entities = entities,
        };
        var rerun = new ChatContext(new TurnContext(message, chat.Turn.Connector), chat.TenantId, chat.Author, chat.ConversationType, chat.Mesa, chat.Clock, chat.Roster);
        return router.RouteAsync(rerun, cancellationToken);
    }

    private static List<JsonElement>? Mentions(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<JsonElement>>(json);
        }
        catch (JsonException)
        {
            return null; // A tampered button loses its mentions, nothing else.
        }
    }

    // "<at>Luis Soto</at>" as people read it, "@Luis Soto"; the command keeps the tags its handler reads.
    private static string Readable(string text) => AtTag().Replace(text, "@$1");

    [System.Text.RegularExpressions.GeneratedRegex("<at>(.*?)</at>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex AtTag();

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
