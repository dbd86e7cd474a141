using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The buttons on item cards (Action.Execute): done, in progress, postpone, reassign, edit, cancel,
/// reopen. The invoke answers with the refreshed card, so it changes in place for the person who
/// pressed; the card in the conversation is then updated for everyone. The card's mesa arrives checked
/// (<see cref="Needs.CardMesa"/>).
/// </summary>
public sealed partial class ItemCardActionHandler(ItemActions actions, ILogger<ItemCardActionHandler> logger)
{
    public static readonly string[] Verbs =
        [CardVerbs.Complete, CardVerbs.Start, CardVerbs.Postpone, CardVerbs.Reassign, CardVerbs.Edit, CardVerbs.Cancel, CardVerbs.Reopen];

    public async Task<InvokeResponse> OnItemActionAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (await FindItemAsync(chat, data, cancellationToken) is not { } item)
        {
            return CardInvokeResponses.Message(Strings.Item_CardStale);
        }

        // A reminder card in a personal chat acts on a mesa that is not this conversation's: use its date.
        var today = chat.TodayAt(item.Mesa);
        var change = await ReadChangeAsync(chat, CardActionInvoke.VerbOf(chat.Activity), data, today, cancellationToken);
        if (change is null)
        {
            return CardInvokeResponses.Message(Strings.Item_CardIncomplete);
        }

        try
        {
            var updated = await actions.ApplyAsync(item, change, chat.Author, data[ItemData.Version], cancellationToken);
            var card = await chat.ItemCardAsync(updated, today, cancellationToken);
            await UpdateForEveryoneAsync(chat, card, cancellationToken);
            return CardInvokeResponses.Card(card);
        }
        catch (RecordException ex)
        {
            // Show why on the card itself, above the item as it now stands.
            var current = await actions.FindAsync(item.Mesa, item.Ref, cancellationToken) ?? item;
            return CardInvokeResponses.Card(NoticeCard.Above(await chat.ItemCardAsync(current, today, cancellationToken), ErrorText.For(ex)));
        }
    }

    /// <summary>A row tapped in a list: answer with that item's own card, buttons included.</summary>
    public async Task<InvokeResponse> OnShowItemAsync(ChatContext chat, CancellationToken cancellationToken) =>
        await FindItemAsync(chat, CardActionData.Of(chat.Activity), cancellationToken) is { } item
            ? CardInvokeResponses.Card(await chat.ItemCardAsync(item, chat.TodayAt(item.Mesa), cancellationToken))
            : CardInvokeResponses.Message(Strings.Item_CardStale);

    /// <summary>The item a button names in its data (a local ref in the card's mesa), as it is now.</summary>
    private async Task<ItemView?> FindItemAsync(ChatContext chat, CardActionData data, CancellationToken cancellationToken) =>
        RecordRef.TryParse(data[ItemData.Ref], out var reference)
            ? await actions.FindAsync(chat.CardMesa!, reference, cancellationToken)
            : null;

    private static async Task<ItemChange?> ReadChangeAsync(ChatContext chat, string? verb, CardActionData data, DateOnly today, CancellationToken cancellationToken) => verb switch
    {
        CardVerbs.Complete => new ItemChange.Complete(),
        CardVerbs.Start => new ItemChange.Start(),
        CardVerbs.Cancel => new ItemChange.Cancel(),
        CardVerbs.Reopen => new ItemChange.Reopen(),
        CardVerbs.Edit when data["texto"] is { } text => new ItemChange.Edit(text),
        CardVerbs.Postpone when data["fecha"] is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", out var date) => new ItemChange.Postpone(date),
        CardVerbs.Postpone when int.TryParse(data[ItemData.Days], out var days) && days is > 0 and <= 366 => new ItemChange.Postpone(today.AddDays(days)),
        CardVerbs.Reassign when data["responsable"] is { } objectId
            && (await chat.Roster.PeopleAsync(cancellationToken)).FirstOrDefault(p => p.ObjectId == objectId) is { } person => new ItemChange.Reassign(person),
        _ => null,
    };

    // The card the button was on is the activity this invoke replies to; refresh it for the others too.
    private async Task UpdateForEveryoneAsync(ChatContext chat, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await chat.UpdatePressedCardAsync(card, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.UpdateFailed(logger, chat.Activity.ReplyToId, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not refresh card {ActivityId} for everyone; the presser saw the new one")]
        public static partial void UpdateFailed(ILogger logger, string? activityId, Exception exception);
    }
}
