using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Every list the chat shows, named by a query string so that a "Ver más" button can ask for its next
/// page: "pendientes", "vencidas", "persona:&lt;objectId&gt;", "socio:&lt;partner&gt;", "mis", "acuerdos".
/// Each is one storage request (plus the mesa lookup the turn already made).
/// </summary>
public sealed class ListQueries(OpenItemsQuery openItems, AgreementStore agreements, PendingIndex index, TenantPartners partners)
{
    public const string Pending = "pendientes";
    public const string Overdue = "vencidas";
    public const string Mine = "mis";
    public const string PersonPrefix = "persona:";
    public const string PartnerPrefix = "socio:";

    public async Task<AdaptiveCard> MineAsync(ChatContext chat, int page, CancellationToken cancellationToken)
    {
        var mine = await index.PendingForPersonAsync(chat.TenantId, chat.Author.ObjectId, cancellationToken);
        return ListReplies.Pending(chat, ListTitles.Mine(), mine, Mine, page);
    }

    /// <returns>The page, or null when the query names nothing this mesa can list.</returns>
    public async Task<AdaptiveCard?> MesaListAsync(ChatContext chat, Mesa mesa, string query, int page, CancellationToken cancellationToken)
    {
        if (query == AgreementListCard.Query)
        {
            return AgreementListCard.Build(mesa, await agreements.ListAsync(mesa, cancellationToken), chat.TodayAt(mesa), chat.InsideMesa, page);
        }

        var open = await OpenAsync(mesa, cancellationToken);
        var today = chat.TodayAt(mesa);
        if (query == Pending)
        {
            return ListReplies.Items(chat, mesa, ListTitles.MesaPending(mesa), open, query, page);
        }

        if (query == Overdue)
        {
            return ListReplies.Items(chat, mesa, ListTitles.Overdue(), open.Where(i => i.DueDate < today), query, page);
        }

        if (query.StartsWith(PersonPrefix, StringComparison.Ordinal))
        {
            var objectId = query[PersonPrefix.Length..];
            var theirs = open.Where(i => i.Responsible.ObjectId == objectId).ToList();
            var name = theirs.FirstOrDefault()?.Responsible.Name ?? chat.Turn.Activity.From?.Name ?? objectId;
            return ListReplies.Items(chat, mesa, ListTitles.PersonPending(name), theirs, query, page);
        }

        if (query.StartsWith(PartnerPrefix, StringComparison.Ordinal))
        {
            var typed = query[PartnerPrefix.Length..];
            var partner = partners.For(mesa).Find(typed)?.Name ?? typed;
            return ListReplies.Items(chat, mesa, ListTitles.PartnerCommitments(partner),
                open.Where(i => string.Equals(i.Partner, partner, StringComparison.OrdinalIgnoreCase)), PartnerPrefix + partner, page);
        }

        return null;
    }

    // Tareas and compromisos together: one single-partition query over open rows only.
    private async Task<IReadOnlyList<ItemView>> OpenAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var open = await openItems.ReadAsync(mesa, cancellationToken);
        return [.. open.ActionItems.Concat(open.Commitments).Select(i => ItemView.Of(mesa, i))];
    }
}
