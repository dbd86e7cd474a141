using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The cards the bot answers with after a record changes, in one place so commands, card buttons and
/// forms all answer alike. Item cards list the conversation's members for "Reasignar".
/// </summary>
public sealed class RecordReplies
{
    public async Task<AdaptiveCard> CreatedCardAsync(ChatContext chat, ItemView item, CancellationToken cancellationToken)
    {
        var members = await MembersAsync(chat, cancellationToken);
        return ItemCreatedCard.Build(item.Mesa, item.Item, members, chat.Today, chat.InsideMesa);
    }

    /// <summary>The item with the buttons its state allows; ids short only inside the item's own mesa.</summary>
    public async Task<AdaptiveCard> ItemCardAsync(ChatContext chat, ItemView item, DateOnly today, CancellationToken cancellationToken)
    {
        var members = await MembersAsync(chat, cancellationToken);
        var insideMesa = chat.Mesa?.Id == item.Mesa.Id;
        return ItemCard.For(item.Mesa, item.Item, members, today, insideMesa);
    }

    /// <summary>The card with a line on top saying why nothing changed (shown to the person who pressed).</summary>
    public static AdaptiveCard WithNotice(AdaptiveCard card, string notice)
    {
        card.Body.Insert(0, new TextBlock(notice) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        return card;
    }

    // In a personal chat the only member is the user: no one to reassign to there.
    private static Task<IReadOnlyList<Person>> MembersAsync(ChatContext chat, CancellationToken cancellationToken) =>
        chat.Roster.PeopleAsync(cancellationToken);
}
