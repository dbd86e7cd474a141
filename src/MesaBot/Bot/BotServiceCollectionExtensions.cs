using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Handlers;
using MesaBot.Bot.Resources;
using MesaBot.Conversations;
using MesaBot.Protocol.Routing;
using MesaBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesaBot.Bot;

public static class BotServiceCollectionExtensions
{
    public static WebApplicationBuilder AddMesaBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new RequiredTable(ConversationStore.TableName));
        services.AddSingleton<ConversationStore>();

        services.AddMemoryCache(o => o.SizeLimit = ConversationRoster.CachedMembersLimit);
        services.AddSingleton<ChatContextFactory>();
        services.AddSingleton<TurnPreconditions>();
        services.AddSingleton<MesaVisibility>();
        services.AddSingleton<ItemActions>();
        services.AddSingleton<ChangeNotices>();
        services.AddSingleton<CommitmentCreation>();
        services.AddSingleton<ListQueries>();

        services.AddSingleton<WelcomeHandler>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<LinkMesaHandler>();
        services.AddSingleton<MesaAdminHandler>();
        services.AddSingleton<CreateRecordHandlers>();
        services.AddSingleton<CreationChoiceHandler>();
        services.AddSingleton<CommitmentChoiceHandler>();
        services.AddSingleton<QueryHandler>();
        services.AddSingleton<ItemCommandHandler>();
        services.AddSingleton<ItemCardActionHandler>();
        services.AddSingleton<FormHandler>();
        services.AddSingleton<SaveMessageHandler>();
        services.AddSingleton<ReminderSettingsHandler>();
        services.AddSingleton<AgreementCommandHandler>();
        services.AddSingleton<FollowUpCommandHandler>();
        services.AddSingleton<UnknownCommandHandler>();
        services.AddSingleton<ExportHandler>();
        // Proposals from prose (`registrar`, "Registrar en MesaBot" on a message with several records).
        services.TryAddSingleton<MesaBot.Extraction.IRecordExtractor, MesaBot.Extraction.CueRecordExtractor>();
        services.AddSingleton<ProposalRegistration>();
        services.AddSingleton<ProposalsHandler>();
        services.AddSingleton(new CommandHelp(35, "registrar + el acta o las notas pegadas", () => CardTexts.Help_Command_Registrar));

        AddSessions(builder);
        AddHelpLines(services);

        services.AddSingleton<MesaRoutes>();
        services.AddSingleton(sp => new RecentTurns(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBot, MesaBotApplication>();
        return builder;
    }

    // Sessions and their actas (the document builder and its delivery are AddMesaDocuments).
    private static void AddSessions(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<Sessions.SessionsOptions>()
            .Bind(builder.Configuration.GetSection(Sessions.SessionsOptions.Section))
            // Checked in code, as the other options are: DataAnnotations' Range(typeof(TimeSpan)) would load
            // reflection-based validation and TypeConverter into every host for three numbers.
            .Validate(o => o.IdleAfter >= TimeSpan.FromMinutes(15) && o.IdleAfter <= TimeSpan.FromDays(7), "Sessions:IdleAfter must be between 00:15:00 and 7.00:00:00.")
            .Validate(o => o.IdleCheckEvery >= TimeSpan.FromMinutes(1) && o.IdleCheckEvery <= TimeSpan.FromDays(1), "Sessions:IdleCheckEvery must be between 00:01:00 and 1.00:00:00.")
            .Validate(o => o.PartnerHorizonDays is >= 1 and <= 90, "Sessions:PartnerHorizonDays must be between 1 and 90.")
            .ValidateOnStart();
        services.AddSingleton<Sessions.ActaComposer>();
        services.AddSingleton<Sessions.ActaPublisher>();
        services.AddSingleton<Sessions.SessionIdleness>();
        // The missed-meetingEnd question runs on the reminder scheduler's tick (one host, the lease holder).
        services.AddSingleton<Sessions.IdleSessionSweep>();
        services.AddSingleton<Reminders.Scheduling.ISchedulerChore>(sp => sp.GetRequiredService<Sessions.IdleSessionSweep>());
        services.AddSingleton<SessionCommandHandler>();
        services.AddSingleton<SessionActaHandler>();
        services.AddSingleton<MesaBot.Bot.Sessions.SessionTranscriptProposals>();
        services.AddSingleton<SessionMeetingHandler>();
    }

    // The help card lists these, in this order: one line per thing a member can do.
    private static void AddHelpLines(IServiceCollection services)
    {
        CommandHelp[] lines =
        [
            new(0, "vincular Resiliencia", () => Strings.Help_Command_Vincular),
            new(10, "acuerdo Se aprueba la hoja de ruta BIM", () => Strings.Help_Command_Acuerdo),
            new(20, "tarea revisar bases @Ana para el viernes", () => Strings.Help_Command_Tarea),
            new(30, "compromiso CChC: enviar indicadores para el 15/12", () => Strings.Help_Command_Compromiso),
            new(40, "pendientes", () => Strings.Help_Command_Pendientes),
            new(50, "vencidas", () => Strings.Help_Command_Vencidas),
            new(60, "acuerdos", () => Strings.Help_Command_Acuerdos),
            new(70, "mis pendientes", () => Strings.Help_Command_MisPendientes),
            new(80, "resumen", () => Strings.Help_Command_Resumen),
            new(90, "cumplida T-3 · posponer T-3 el lunes · reasignar T-3 @Luis · editar T-3 … · cancelar T-3", () => Strings.Help_Command_Cambios),
            new(92, "anular A-2 se registró dos veces", () => Strings.Help_Command_Anular),
            new(87, "seguimiento A-3", () => Strings.Help_Command_Seguimiento),
            new(85, "abrir sesión · cerrar sesión", () => Strings.Help_Command_Sesion),
            new(86, "actas", () => Strings.Help_Command_Actas),
            new(95, "recordatorios", () => CardTexts.Help_Command_Recordatorios),
            new(97, "exportar", () => Strings.Help_Command_Exportar),
            new(100, "coordinador @Luis", () => Strings.Help_Command_Coordinador),
            new(110, "ayuda", () => Strings.Help_Command_Ayuda),
        ];
        foreach (var line in lines)
        {
            services.AddSingleton(line);
        }
    }
}
