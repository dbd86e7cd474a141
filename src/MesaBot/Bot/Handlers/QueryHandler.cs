using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Digest;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The coordinators' questions: `pendientes` (of the mesa, of @persona, of a partner), `vencidas`,
/// `acuerdos`, `mis pendientes` (across mesas) and `resumen`; and the "Ver más" button of every list.
/// </summary>
public sealed class QueryHandler(
    TurnPreconditions preconditions,
    ListQueries lists,
    AgreementStore agreements,
    OpenItemStore items,
    DigestQuery digests)
{
    public static readonly string[] PendingCommands = ["pendientes", "pending"];
    public static readonly string[] OverdueCommands = ["vencidas", "vencidos", "atrasadas", "overdue"];
    public static readonly string[] AgreementsCommands = ["acuerdos", "agreements"];
    public static readonly string[] MinePendingCommands = ["mis pendientes", "mis tareas", "my pending"];
    public static readonly string[] SummaryCommands = ["resumen", "summary"];

    public async Task OnPendingAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.IsPersonal)
        {
            // In the personal chat there is no mesa: "pendientes" means mine.
            await chat.ShowAsync(await lists.MineAsync(chat, 1, cancellationToken), cancellationToken);
            return;
        }

        if (TurnPreconditions.MesaRefusal(chat) is { } refusal)
        {
            await chat.SayAsync(refusal, cancellationToken);
            return;
        }

        var mention = MentionedPeople.Of(chat.Activity).FirstOrDefault();
        var filter = MentionedPeople.WithoutMentionTags(chat.Arguments);
        var query = filter.Length > 0 ? ListQueries.PartnerPrefix + filter : ListQueries.Pending;
        if (mention is not null)
        {
            var lookup = await chat.Roster.ResolveAsync(mention, cancellationToken);
            if (!lookup.Found)
            {
                await chat.SayAsync(lookup.Message, cancellationToken);
                return;
            }

            query = ListQueries.PersonPrefix + lookup.Person.Person.ObjectId;
        }

        await ShowMesaListAsync(chat, query, cancellationToken);
    }

    public Task OnOverdueAsync(ChatContext chat, CancellationToken cancellationToken) =>
        ShowMesaListAsync(chat, ListQueries.Overdue, cancellationToken);

    public Task OnAgreementsAsync(ChatContext chat, CancellationToken cancellationToken) =>
        ShowMesaListAsync(chat, AgreementListCard.Query, cancellationToken);

    public async Task OnMinePendingAsync(ChatContext chat, CancellationToken cancellationToken) =>
        await chat.ShowAsync(await lists.MineAsync(chat, 1, cancellationToken), cancellationToken);

    public async Task OnSummaryAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        if (mesa.Kind == MesaKind.Comite)
        {
            // The committee's summary is the weekly digest across all mesas, this week so far.
            var monday = chat.Today.AddDays(-(((int)chat.Today.DayOfWeek + 6) % 7));
            var digest = DigestCard.Build(await digests.ReportAsync(chat.TenantId, monday, cancellationToken), chat.Today);
            await chat.ShowAsync(digest, cancellationToken);
            return;
        }

        // The week's completions need the history, so the summary reads the three record kinds whole.
        var agreed = agreements.ListAsync(mesa, cancellationToken);
        var tasks = items.ListAsync(mesa, RecordKind.ActionItem, cancellationToken);
        var promised = items.ListAsync(mesa, RecordKind.Commitment, cancellationToken);
        await chat.ShowAsync(SummaryCard.Build(mesa, await agreed, await tasks, await promised, chat.Today, chat.InsideMesa), cancellationToken);
    }

    /// <summary>"Ver más" (and the summary's buttons): the asked page of the same list, in place.</summary>
    public async Task<InvokeResponse> OnShowMoreAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        var query = data["consulta"] ?? ListQueries.Pending;
        var page = int.TryParse(data["pagina"], out var p) && p > 0 ? p : 1;
        if (query == ListQueries.Mine)
        {
            return CardInvokeResponses.Card(await lists.MineAsync(chat, page, cancellationToken));
        }

        // Every other list is a mesa's: the same check as any card naming a mesa.
        if (await preconditions.RefusalAsync(chat, Needs.CardMesa, cancellationToken) is { } refusal)
        {
            return CardInvokeResponses.Card(NoticeCard.Info(refusal));
        }

        return await lists.MesaListAsync(chat, chat.CardMesa!, query, page, cancellationToken) is { } card
            ? CardInvokeResponses.Card(card)
            : CardInvokeResponses.Card(NoticeCard.Info(Resources.Strings.Item_CardStale));
    }

    private async Task ShowMesaListAsync(ChatContext chat, string query, CancellationToken cancellationToken)
    {
        if (await lists.MesaListAsync(chat, chat.Mesa!, query, 1, cancellationToken) is { } card)
        {
            await chat.ShowAsync(card, cancellationToken);
        }
    }
}
