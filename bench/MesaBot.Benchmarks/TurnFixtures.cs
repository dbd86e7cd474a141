using System.Text.Json;
using MesaBot.Bot;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Handlers;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Benchmarks;

/// <summary>What a `pendientes` turn works on, built once: the activity's bytes, the mesa, its 50 open items.</summary>
public static class TurnFixtures
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly Person Ana = new("aad-ana", "Ana Pérez", "29:user-ana");

    public static readonly Mesa Mesa = new(
        TeamsActivities.TenantId, "resiliencia", "Resiliencia", MesaKind.Mesa, "RES", [Ana],
        [new ConversationLink(TeamsActivities.ChannelId, ConversationKind.Channel)], Mesa.DefaultTimeZoneId, [],
        ReminderSettings.Default, Mesa.DefaultLanguage, false, "3");

    /// <summary>The body Teams posts for "@MesaBot pendientes" in the mesa's channel.</summary>
    public static byte[] PendientesBody() => JsonSerializer.SerializeToUtf8Bytes(
        TeamsActivities.ChannelMessage("https://smba.trafficmanager.net/amer/", "pendientes"), ProtocolJson.Options);

    /// <summary>The host's clock in the integration tests: Wednesday 25 November 2026, 09:00 in Santiago.</summary>
    public static TimeProvider Clock() => new FakeTimeProvider(MesaBotFactory.Start);

    /// <summary>40 tareas and 10 compromisos, some overdue, as the open-items query returns them.</summary>
    public static IReadOnlyList<ItemView> OpenItems()
    {
        var luis = new Person("aad-luis", "Luis Soto", "29:user-luis");
        var created = MesaBotFactory.Start.AddDays(-30);
        return
        [
            .. Enumerable.Range(1, 40).Select(n => ItemView.Of(Mesa, new OpenItem(
                RecordKind.ActionItem, n, $"Revisar el informe técnico número {n} de la mesa con los comentarios de las regiones", n % 3 == 0 ? luis : Ana,
                Today.AddDays(n - 10), n % 4 == 0 ? ItemStatus.EnCurso : ItemStatus.Pendiente, Ana, created, null, null, "1"))),
            .. Enumerable.Range(1, 10).Select(n => ItemView.Of(Mesa, new OpenItem(
                RecordKind.Commitment, n, $"Enviar la propuesta de indicadores {n}", Ana, Today.AddDays(n - 3),
                ItemStatus.Pendiente, Ana, created, null, null, "1") { Partner = "Cámara Chilena de la Construcción" })),
        ];
    }

    /// <summary>MesaBot's own command table (the handlers' phrases) with <paramref name="pending"/> on `pendientes`.</summary>
    public static ActivityRouter<TurnContext> Router(TurnHandler<TurnContext> pending)
    {
        TurnHandler<TurnContext> none = (_, _) => Task.CompletedTask;
        var router = new ActivityRouter<TurnContext>()
            .OnCommand(HelpHandler.Commands, none)
            .OnCommand(LinkMesaHandler.Commands, none)
            .OnCommand(MesaAdminHandler.CoordinatorCommands, none)
            .OnCommand(MesaAdminHandler.MesaCommands, none)
            .OnCommand(CreateRecordHandlers.AgreementCommands, none)
            .OnCommand(CreateRecordHandlers.ActionItemCommands, none)
            .OnCommand(CreateRecordHandlers.CommitmentCommands, none)
            .OnCommand(QueryHandler.PendingCommands, pending)
            .OnCommand(QueryHandler.MinePendingCommands, none)
            .OnCommand(QueryHandler.OverdueCommands, none)
            .OnCommand(QueryHandler.AgreementsCommands, none)
            .OnCommand(QueryHandler.SummaryCommands, none)
            .OnCommand(ItemCommandHandler.CompleteCommands, none)
            .OnCommand(ItemCommandHandler.StartCommands, none)
            .OnCommand(ItemCommandHandler.PostponeCommands, none)
            .OnCommand(ItemCommandHandler.ReassignCommands, none)
            .OnCommand(ItemCommandHandler.EditCommands, none)
            .OnCommand(ItemCommandHandler.CancelCommands, none)
            .OnCommand(ItemCommandHandler.ReopenCommands, none)
            .OnCommand(FormHandler.NewActionItemCommands, none)
            .OnCommand(FormHandler.NewAgreementCommands, none)
            .OnCommand(FormHandler.NewCommitmentCommands, none);
        foreach (var verb in ItemCardActionHandler.Verbs)
        {
            router.OnCardAction(verb, (_, _) => Task.FromResult(new InvokeResponse(200, null)));
        }

        return router.OnUnmatchedMessage(none);
    }
}
