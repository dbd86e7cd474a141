using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>The list cards: overdue first, then by due date, ten rows a page with "Ver más".</summary>
public static class ListReplies
{
    public static AdaptiveCard Items(ChatContext chat, Mesa mesa, string title, IEnumerable<ItemView> items, string query, int page) =>
        PendingListCard.Build(title, [.. items.Select(i => Row(i, chat.InsideMesa))], chat.TodayAt(mesa), query, page, mesa.Id);

    public static AdaptiveCard Pending(ChatContext chat, string title, IEnumerable<PendingItem> items, string query, int page) =>
        PendingListCard.Build(title, [.. items.Select(ItemRow.From)], chat.Today, query, page);

    private static ItemRow Row(ItemView item, bool insideMesa) => ItemRow.From(item.Mesa, item.Item, insideMesa);
}
