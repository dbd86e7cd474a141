using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Digest;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The coordinators' questions: `pendientes` (of the mesa, of @persona, of a partner), `vencidas`,
/// `acuerdos`, `mis pendientes` (across mesas) and `resumen`; and the "Ver más" button of every list.
/// </summary>
public sealed class QueryHandler(
    ChatContextFactory contexts,
    ChatGuards guards,
    RosterPeople roster,
    ListQueries lists,
    MesaStore mesas,
    AgreementStore agreements,
    OpenItemStore items,
    DigestBuilder digests)
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
            // In the personal chat there is no mesa: "pendientes" means mine.
            await turn.ShowAsync(await lists.MineAsync(chat, 1, cancellationToken), cancellationToken);
            return;
        }

        var mention = MentionedPeople.Of(turn.Activity).FirstOrDefault();
        var filter = MentionedPeople.WithoutMentionTags(turn.CommandArguments);
        var query = filter.Length > 0 ? ListQueries.PartnerPrefix + filter : ListQueries.Pending;
        if (mention is not null)
        {
            var lookup = await roster.ResolveAsync(chat, mention, cancellationToken);
            if (!lookup.Found)
            {
                await turn.SayAsync(lookup.Message, cancellationToken);
                return;
            }

            query = ListQueries.PersonPrefix + lookup.Person.Person.ObjectId;
        }

        await ShowMesaListAsync(chat, query, cancellationToken);
    }

    public async Task OnOverdueAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await ShowMesaListAsync(await contexts.CreateAsync(turn, cancellationToken), ListQueries.Overdue, cancellationToken);

    public async Task OnAgreementsAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await ShowMesaListAsync(await contexts.CreateAsync(turn, cancellationToken), AgreementListCard.Query, cancellationToken);

    public async Task OnMinePendingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        await turn.ShowAsync(await lists.MineAsync(chat, 1, cancellationToken), cancellationToken);
    }

    public async Task OnSummaryAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa)
        {
            return;
        }

        if (mesa.Kind == MesaKind.Comite)
        {
            // The committee's summary is the weekly digest across all mesas, this week so far.
            var monday = chat.Today.AddDays(-(((int)chat.Today.DayOfWeek + 6) % 7));
            var (_, digest) = await digests.BuildAsync(chat.TenantId, monday, cancellationToken);
            await turn.ShowAsync(digest, cancellationToken);
            return;
        }

        // The week's completions need the history, so the summary reads the three record kinds whole.
        var agreed = agreements.ListAsync(mesa, cancellationToken);
        var tasks = items.ListAsync(mesa, RecordKind.ActionItem, cancellationToken);
        var promised = items.ListAsync(mesa, RecordKind.Commitment, cancellationToken);
        await turn.ShowAsync(SummaryCard.Build(mesa, await agreed, await tasks, await promised, chat.Today, chat.InsideMesa), cancellationToken);
    }

    /// <summary>"Ver más" (and the summary's buttons): the asked page of the same list, in place.</summary>
    public async Task<InvokeResponse> OnShowMoreAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        var data = CardActionData.Of(turn.Activity);
        var query = data["consulta"] ?? ListQueries.Pending;
        var page = int.TryParse(data["pagina"], out var p) && p > 0 ? p : 1;
        if (query == ListQueries.Mine)
        {
            return CardInvokeResponses.Card(await lists.MineAsync(chat, page, cancellationToken));
        }

        var mesa = data["mesa"] is { } mesaId ? await mesas.GetAsync(chat.TenantId, mesaId, cancellationToken) : chat.Mesa;
        return mesa is not null && await lists.MesaListAsync(chat, mesa, query, page, cancellationToken) is { } card
            ? CardInvokeResponses.Card(card)
            : CardInvokeResponses.Card(NoticeCard.Info(Resources.Strings.Item_CardStale));
    }

    private async Task ShowMesaListAsync(ChatContext chat, string query, CancellationToken cancellationToken)
    {
        if (await guards.RequireMesaAsync(chat, cancellationToken) is { } mesa
            && await lists.MesaListAsync(chat, mesa, query, 1, cancellationToken) is { } card)
        {
            await chat.Turn.ShowAsync(card, cancellationToken);
        }
    }
}
