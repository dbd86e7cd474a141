using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The coordinators' questions: `pendientes` (of the mesa, of @persona, of a partner), `vencidas`,
/// `acuerdos`, `mis pendientes` (across mesas) and `resumen`. Each is one or two storage requests.
/// </summary>
public sealed class QueryHandler(
    ChatContextFactory contexts,
    ChatGuards guards,
    OpenItemsQuery openItems,
    AgreementStore agreements,
    PendingIndex index,
    TenantPartners partners,
    ListReplies lists)
{
    public static readonly string[] PendingCommands = ["pendientes", "pending"];
    public static readonly string[] OverdueCommands = ["vencidas", "vencidos", "atrasadas", "overdue"];
    public static readonly string[] AgreementsCommands = ["acuerdos", "agreements"];
    public static readonly string[] MinePendingCommands = ["mis pendientes", "mis tareas", "my pending"];
    public static readonly string[] SummaryCommands = ["resumen", "summary"];

    public async Task OnPendingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (chat.IsPersonal)
        {
            await ShowMineAsync(chat, cancellationToken);
            return;
        }

        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa)
        {
            return;
        }

        var items = await OpenItemsAsync(mesa, cancellationToken);
        var filter = MentionedPeople.WithoutMentionTags(turn.CommandArguments);
        var mention = MentionedPeople.Of(turn.Activity).FirstOrDefault();
        string title;
        if (mention is not null)
        {
            items = [.. items.Where(i => i.Responsible.TeamsUserId == mention.TeamsId || i.Responsible.Name == mention.Name)];
            title = string.Format(Strings.List_PendingOfPerson, mention.Name);
        }
        else if (filter.Length > 0)
        {
            var partner = partners.For(mesa).Find(filter)?.Name ?? filter;
            items = [.. items.Where(i => string.Equals(i.Partner, partner, StringComparison.OrdinalIgnoreCase))];
            title = string.Format(Strings.List_PendingOfPartner, partner);
        }
        else
        {
            title = string.Format(Strings.List_PendingOfMesa, mesa.Name);
        }

        await lists.ShowItemsAsync(chat, title, items, cancellationToken);
    }

    public async Task OnOverdueAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa)
        {
            return;
        }

        var overdue = (await OpenItemsAsync(mesa, cancellationToken)).Where(i => i.DueDate < chat.Today).ToList();
        await lists.ShowItemsAsync(chat, string.Format(Strings.List_Overdue, mesa.Name), overdue, cancellationToken);
    }

    public async Task OnAgreementsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa)
        {
            return;
        }

        var all = await agreements.ListAsync(mesa, cancellationToken);
        await lists.ShowAgreementsAsync(chat, mesa, all, cancellationToken);
    }

    public async Task OnMinePendingAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await ShowMineAsync(await contexts.CreateAsync(turn, cancellationToken), cancellationToken);

    public async Task OnSummaryAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa)
        {
            return;
        }

        var open = await OpenItemsAsync(mesa, cancellationToken);
        var overdue = open.Count(i => i.DueDate < chat.Today);
        var byPartner = open.Where(i => i.Partner is not null).GroupBy(i => i.Partner!)
            .Select(g => $"{g.Key}: {g.Count()}");
        await turn.SayAsync(string.Format(Strings.Summary_Text, mesa.Name, open.Count(i => i.Partner is null), overdue,
            open.Count(i => i.Partner is not null), string.Join(", ", byPartner)), cancellationToken);
    }

    private async Task ShowMineAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mine = await index.PendingForPersonAsync(chat.TenantId, chat.Author.ObjectId, cancellationToken);
        await lists.ShowPendingItemsAsync(chat, Strings.List_Mine, mine, cancellationToken);
    }

    // Tareas and compromisos together: one single-partition query over open rows only.
    private async Task<IReadOnlyList<ItemView>> OpenItemsAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var open = await openItems.ReadAsync(mesa, cancellationToken);
        return [.. open.ActionItems.Select(i => ItemView.Of(mesa, i)).Concat(open.Commitments.Select(c => ItemView.Of(mesa, c)))];
    }
}
