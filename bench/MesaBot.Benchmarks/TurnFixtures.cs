using System.Text.Json;
using MesaBot.Bot;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Handlers;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

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

    /// <summary>40 tareas and 10 compromisos, some overdue, as the open-items query returns them.</summary>
    public static IReadOnlyList<ItemView> OpenItems() =>
    [
        .. Enumerable.Range(1, 50).Select(n => new ItemView(
            Mesa,
            new RecordRef(n <= 40 ? RecordKind.ActionItem : RecordKind.Commitment, n),
            $"Revisar el informe técnico número {n} de la mesa con los comentarios de las regiones",
            n % 3 == 0 ? new Person("aad-luis", "Luis Soto", "29:user-luis") : Ana,
            n <= 40 ? null : "Cámara Chilena de la Construcción",
            Today.AddDays(n - 10),
            n % 4 == 0 ? ItemStatus.EnCurso : ItemStatus.Pendiente,
            "1")),
    ];

    /// <summary>MesaBot's own command table (the handlers' phrases) with <paramref name="pending"/> on `pendientes`.</summary>
    public static ActivityRouter Router(TurnHandler pending)
    {
        TurnHandler none = (_, _) => Task.CompletedTask;
        var router = new ActivityRouter()
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
            .OnCommand(ItemCommandHandler.ReopenCommands, none);
        foreach (var verb in ItemCardActionHandler.Verbs)
        {
            router.OnCardAction(verb, (_, _) => Task.FromResult(new InvokeResponse(200, null)));
        }

        return router.OnUnmatchedMessage(none);
    }
}
