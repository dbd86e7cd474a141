using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The buttons on item cards (Action.Execute): done, in progress, postpone, reassign, edit, cancel,
/// reopen, undo, and Teams' refresh. The invoke answers with the refreshed card, so it changes in place
/// for the person who pressed; the card in the conversation is then updated for everyone. A button on
/// a card older than the item acts on nothing: it answers with the current card and what changed. The
/// card's mesa arrives checked (<see cref="Needs.CardMesa"/>).
/// </summary>
public sealed partial class ItemCardActionHandler(
    ItemActions actions, ChangeNotices notices, ChileBusinessCalendar calendar, ILogger<ItemCardActionHandler> logger)
{
    public static readonly string[] Verbs =
        [CardVerbs.Complete, CardVerbs.Start, CardVerbs.Postpone, CardVerbs.Reassign, CardVerbs.Edit, CardVerbs.Cancel, CardVerbs.Reopen, CardVerbs.Undo];

    /// <summary>A quick postpone of more business days than a year holds is not a quick choice.</summary>
    private const int MaxQuickBusinessDays = 260;

    public async Task<InvokeResponse> OnItemActionAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (await FindItemAsync(chat, data, cancellationToken) is not { } item)
        {
            return CardInvokeResponses.Message(Strings.Item_CardStale);
        }

        // A reminder card in a personal chat acts on a mesa that is not this conversation's: use its date.
        var today = chat.TodayAt(item.Mesa);
        var list = ListOrigin.From(data[ItemData.Query], data[ItemData.Page]);
        if (data[ItemData.Version] is { } seen && seen != item.Version)
        {
            return await OutdatedAsync(chat, item, seen, today, list, cancellationToken);
        }

        var verb = CardActionInvoke.VerbOf(chat.Activity);
        var change = verb == CardVerbs.Undo ? ItemUndo.Read(data) : await ReadChangeAsync(chat, verb, data, item.Item.DueDate, today, cancellationToken);
        if (change is null)
        {
            return CardInvokeResponses.Message(Strings.Item_CardIncomplete);
        }

        try
        {
            ItemChangeResult result;
            if (verb == CardVerbs.Undo)
            {
                var undo = await actions.UndoAsync(item, change, chat.Author, item.Version, cancellationToken);
                if (undo.Done is not { } done)
                {
                    return CardInvokeResponses.Card(await chat.ItemCardAsync(item, today, new ItemCardExtras { Warning = UndoRefusalText(undo.Refused, item), List = list }, cancellationToken));
                }

                result = done;
            }
            else
            {
                result = await actions.ChangeAsync(item, change, chat.Author, item.Version, cancellationToken);
            }

            var card = await notices.CardAfterAsync(chat, result, today, list, cancellationToken);
            await UpdateForEveryoneAsync(chat, card, cancellationToken);
            return CardInvokeResponses.Card(card);
        }
        catch (RecordException ex)
        {
            // Show why on the card itself, above the item as it now stands.
            var current = await actions.FindAsync(item.Mesa, item.Ref, cancellationToken) ?? item;
            return CardInvokeResponses.Card(await chat.ItemCardAsync(current, today, new ItemCardExtras { Warning = ErrorText.For(ex), List = list }, cancellationToken));
        }
    }

    /// <summary>A row tapped in a list: answer with that item's own card, buttons included, and the way back to the list.</summary>
    public Task<InvokeResponse> OnShowItemAsync(ChatContext chat, CancellationToken cancellationToken) => CurrentCardAsync(chat, cancellationToken);

    /// <summary>Teams' Universal Actions refresh (the card was viewed): the card as the item now is; nothing changes.</summary>
    public Task<InvokeResponse> OnRefreshAsync(ChatContext chat, CancellationToken cancellationToken) => CurrentCardAsync(chat, cancellationToken);

    private async Task<InvokeResponse> CurrentCardAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (await FindItemAsync(chat, data, cancellationToken) is not { } item)
        {
            return CardInvokeResponses.Message(Strings.Item_CardStale);
        }

        var extras = new ItemCardExtras { List = ListOrigin.From(data[ItemData.Query], data[ItemData.Page]) };
        return CardInvokeResponses.Card(await chat.ItemCardAsync(item, chat.TodayAt(item.Mesa), extras, cancellationToken));
    }

    // The presser saw an older item than there is: acting would be blind. Show what changed since, and
    // bring the card in the conversation up to date for everyone.
    private async Task<InvokeResponse> OutdatedAsync(ChatContext chat, ItemView item, string seen, DateOnly today, ListOrigin? list, CancellationToken cancellationToken)
    {
        var missed = ChangeNotes.Of(await actions.ChangesSinceAsync(item, seen, cancellationToken), today);
        var extras = new ItemCardExtras { Warning = CardTexts.Change_Outdated, Changes = missed, List = list };
        await UpdateForEveryoneAsync(chat, await chat.ItemCardAsync(item, today, new ItemCardExtras { List = list }, cancellationToken), cancellationToken);
        return CardInvokeResponses.Card(await chat.ItemCardAsync(item, today, extras, cancellationToken));
    }

    private static string UndoRefusalText(UndoRefusal? refusal, ItemView item) => refusal == UndoRefusal.NotAllowed
        ? CardTexts.Undo_NotYours
        : CardText.Format(CardTexts.Undo_Expired, item.Mesa.Qualified(item.Ref));

    /// <summary>The item a button names in its data (a local ref in the card's mesa), as it is now.</summary>
    private async Task<ItemView?> FindItemAsync(ChatContext chat, CardActionData data, CancellationToken cancellationToken) =>
        RecordRef.TryParse(data[ItemData.Ref], out var reference)
            ? await actions.FindAsync(chat.CardMesa!, reference, cancellationToken)
            : null;

    private async Task<ItemChange?> ReadChangeAsync(ChatContext chat, string? verb, CardActionData data, DateOnly due, DateOnly today, CancellationToken cancellationToken) => verb switch
    {
        CardVerbs.Complete => new ItemChange.Complete(),
        CardVerbs.Start => new ItemChange.Start(),
        CardVerbs.Cancel => new ItemChange.Cancel(),
        CardVerbs.Reopen => new ItemChange.Reopen(),
        CardVerbs.Edit when data["texto"] is { } text => new ItemChange.Edit(text),
        CardVerbs.Postpone when data["fecha"] is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", out var date) => new ItemChange.Postpone(date),
        // A postponement moves the date later: counted from the due date, or from today when that has passed
        // (from today alone, "+5 días hábiles" brought a date ten days away five days closer).
        CardVerbs.Postpone when int.TryParse(data[ItemData.BusinessDays], out var business) && business is > 0 and <= MaxQuickBusinessDays =>
            new ItemChange.Postpone(calendar.AddBusinessDays(due > today ? due : today, business)),
        // Cards drawn before business days: calendar days, as their button said.
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
