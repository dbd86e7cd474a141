using MesaBot.Bot.Cards;
using MesaBot.Bot.Resources;
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
        return ListReplies.Pending(chat, ListTitles.Mine(), mine, Mine, page, CardTexts.List_EmptyMine);
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
        // An empty filtered list offers the whole one when the mesa has anything open.
        var offerAll = open.Count > 0 ? Pending : null;
        if (query == Pending)
        {
            return ListReplies.Items(chat, mesa, ListTitles.MesaPending(mesa), open, query, page, EmptyList.Mesa);
        }

        if (query == Overdue)
        {
            var overdue = open.Where(i => i.DueDate < today).ToList();
            var empty = open.Count switch
            {
                0 => CardTexts.List_EmptyOverdueNothingPending,
                1 => CardTexts.List_EmptyOverdueOnePending,
                var n => CardText.Format(CardTexts.List_EmptyOverdueManyPending, n),
            };
            return ListReplies.Items(chat, mesa, ListTitles.Overdue(), overdue, query, page, new(empty, offerAll));
        }

        if (query.StartsWith(PersonPrefix, StringComparison.Ordinal))
        {
            var objectId = query[PersonPrefix.Length..];
            var theirs = open.Where(i => i.Person.ObjectId == objectId).ToList();
            var name = theirs.FirstOrDefault()?.Person.Name ?? await NameOfAsync(chat, objectId, cancellationToken);
            var empty = string.Equals(objectId, chat.Author.ObjectId, StringComparison.OrdinalIgnoreCase)
                ? CardTexts.List_EmptyPersonSelf
                : CardText.Format(CardTexts.List_EmptyPerson, name);
            return ListReplies.Items(chat, mesa, ListTitles.PersonPending(name), theirs, query, page, new(empty, offerAll));
        }

        if (query.StartsWith(PartnerPrefix, StringComparison.Ordinal))
        {
            var typed = query[PartnerPrefix.Length..];
            var known = partners.For(mesa).Find(typed)?.Name;
            var partner = known ?? typed;
            var theirs = open.Where(i => string.Equals(i.Partner, partner, StringComparison.OrdinalIgnoreCase)).ToList();
            // "pendientes de la semana" is read as a partner's name: say so instead of an empty list of "de la semana".
            var empty = known is null && theirs.Count == 0
                ? CardText.Format(CardTexts.List_UnknownPartner, typed)
                : CardText.Format(CardTexts.List_EmptyPartner, partner);
            return ListReplies.Items(chat, mesa, ListTitles.PartnerCommitments(partner), theirs, PartnerPrefix + partner, page, new(empty, offerAll));
        }

        return null;
    }

    // Nobody's rows name them, so the roster does (read only for this empty list); the id is the last resort.
    private static async Task<string> NameOfAsync(ChatContext chat, string objectId, CancellationToken cancellationToken)
    {
        var people = await chat.Roster.PeopleAsync(cancellationToken);
        return people.FirstOrDefault(p => string.Equals(p.ObjectId, objectId, StringComparison.OrdinalIgnoreCase))?.Name
            ?? (string.Equals(objectId, chat.Author.ObjectId, StringComparison.OrdinalIgnoreCase) ? chat.Author.Name : objectId);
    }

    // Tareas and compromisos together: one single-partition query over open rows only, and only the columns a list shows.
    private Task<IReadOnlyList<PendingItem>> OpenAsync(Mesa mesa, CancellationToken cancellationToken) =>
        openItems.ListAsync(mesa, cancellationToken);
}
