using MesaBot.Bot.Cards;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Graph;
using MesaBot.Protocol.Connector;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Tells the people a change affects, who did not make it (the owner or follower before and after),
/// with a short 1:1 message carrying the item's card. A person who cannot be reached does not undo the
/// change: it is logged and their name returned, for the card to say so.
/// </summary>
public sealed partial class ChangeNotices(IPersonalChatOpener opener, IConnectorClient connector, ILogger<ChangeNotices> logger)
{
    /// <summary>
    /// After a change: tells the people it affects, then draws the card for this conversation with who
    /// changed what, "Deshacer", and the names of anyone who could not be told.
    /// </summary>
    public async Task<AdaptiveCard> CardAfterAsync(ChatContext chat, ItemChangeResult change, DateOnly today, ListOrigin? list, CancellationToken cancellationToken)
    {
        var notes = ChangeNotes.Of(change, today);
        var unreachable = await TellAsync(chat, change, cancellationToken);
        var extras = new ItemCardExtras
        {
            Changes = notes,
            Undo = ItemUndo.Offer(change),
            List = list,
            Warning = unreachable.Count > 0 ? CardText.Format(CardTexts.Change_Unreachable, string.Join(", ", unreachable)) : null,
        };
        return await chat.ItemCardAsync(change.After, today, extras, cancellationToken);
    }

    /// <summary>Each is told in their own words (<see cref="ChangeNotes.For"/>).</summary>
    /// <returns>The names of the people who could not be told.</returns>
    public async Task<IReadOnlyList<string>> TellAsync(ChatContext chat, ItemChangeResult change, CancellationToken cancellationToken)
    {
        if (!change.ChangedAnything || chat.Activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return [];
        }

        var affected = new[] { change.Before.Responsible, change.After.Responsible }
            .DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase)
            .Where(p => !p.IsSamePerson(change.By));
        var unreachable = new List<string>();
        foreach (var person in affected)
        {
            if (!await TellOneAsync(chat, person, serviceUrl, change.After, ChangeNotes.For(change, chat.TodayAt(change.After.Mesa), person), cancellationToken))
            {
                unreachable.Add(person.Name);
            }
        }

        return unreachable;
    }

    private async Task<bool> TellOneAsync(ChatContext chat, Person person, string serviceUrl, ItemView item, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        try
        {
            var opened = await opener.OpenAsync(new PersonalChatRequest(chat.TenantId, person, serviceUrl, chat.Activity.Recipient?.Id), cancellationToken);
            if (opened.Conversation is not { } conversation)
            {
                Log.Unreachable(logger, person.ObjectId, item.Mesa.Qualified(item.Ref));
                return false;
            }

            // Read in their personal chat, outside the mesa: the id carries the mesa's code.
            var intro = CardText.Format(CardTexts.Change_NoticeIntro, item.Mesa.Qualified(item.Ref), item.Mesa.Name);
            var extras = new ItemCardExtras
            {
                Changes = [intro, .. notes],
                RefreshFor = person.TeamsUserId is { } teamsId ? [teamsId] : [],
            };
            var card = ItemCard.For(item.Mesa, item.Item, [], chat.TodayAt(item.Mesa), insideMesa: false, extras);
            await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, card.ToActivity(), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.NoticeFailed(logger, person.ObjectId, item.Mesa.Qualified(item.Ref), ex);
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "No personal chat with {ObjectId} to tell them about the change to {Item}")]
        public static partial void Unreachable(ILogger logger, string objectId, string item);

        [LoggerMessage(2, LogLevel.Warning, "Could not tell {ObjectId} about the change to {Item}; the change stands")]
        public static partial void NoticeFailed(ILogger logger, string objectId, string item, Exception exception);
    }
}
