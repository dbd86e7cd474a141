using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The list cards: overdue first, then by due date, ten rows a page with "Ver más". An empty list says
/// what it is empty of (<paramref name="empty"/>), not a "¡Buen trabajo!" that may be untrue.
/// </summary>
public static class ListReplies
{
    public static AdaptiveCard Items(ChatContext chat, Mesa mesa, string title, IReadOnlyList<PendingItem> items, string query, int page, EmptyList? empty = null) =>
        items.Count == 0
            ? EmptyListCard.Build(title, (empty ?? EmptyList.Mesa).Explanation, empty?.PendingQuery, mesa.Id)
            : PendingListCard.Build(title, [.. items.Select(i => ItemRow.From(i, chat.InsideMesa))], chat.TodayAt(mesa), query, page, mesa.Id);

    public static AdaptiveCard Pending(ChatContext chat, string title, IReadOnlyList<PendingItem> items, string query, int page, string emptyExplanation) =>
        items.Count == 0
            ? EmptyListCard.Build(title, emptyExplanation)
            : PendingListCard.Build(title, [.. items.Select(ItemRow.From)], chat.Today, query, page);
}

/// <summary>What an empty list says, and the list to offer instead (a query such as "pendientes"), if any.</summary>
public sealed record EmptyList(string Explanation, string? PendingQuery = null)
{
    /// <summary>The whole mesa has nothing open.</summary>
    public static EmptyList Mesa => new(Resources.CardTexts.List_EmptyMesa);
}
