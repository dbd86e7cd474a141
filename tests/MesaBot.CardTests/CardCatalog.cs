using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.CardTests;

/// <summary>
/// Every card MesaBot can send, built with representative data. The render test checks and draws
/// each one, and docs/cards/ shows them. A new card is one line here: a kebab-case name, what it is,
/// and the card built as the bot builds it.
/// </summary>
public static class CardCatalog
{
    /// <summary>Cards are built in the bot's own language, whatever the machine's culture is.</summary>
    public static readonly CultureInfo BotCulture = CultureInfo.GetCultureInfo("es-CL");

    public static IReadOnlyList<CatalogCard> All() => InBotCulture(Cards);

    private static CatalogCard[] Cards() =>
    [
        new("welcome", "Bienvenida, al agregar el bot a un equipo o chat", WelcomeCard.Build("channel")),
        new("welcome-personal", "Bienvenida en el chat personal: empieza por «mis pendientes»", WelcomeCard.Build("personal")),
        new("help", "Ayuda con los comandos que el bot registra hoy", HelpCard.Build(CardSamples.RegisteredCommands())),
        new("help-full", "Ayuda con el juego completo de comandos previsto", HelpCard.Build(CardSamples.PlannedCommands)),
        new("reminder-upcoming", "Recordatorio personal de una tarea, 3 días antes", ReminderCardSamples.Upcoming()),
        new("reminder-overdue-commitment", "Recordatorio de un compromiso vencido, a quien lo sigue", ReminderCardSamples.OverdueCommitment()),
        new("overdue-summary", "Resumen semanal de vencidas al canal de la mesa, con avisos no entregados", ReminderCardSamples.Summary()),
        new("weekly-digest", "Resumen semanal del comité, por mesa y con totales", ReminderCardSamples.Digest()),
        new("save-message-form", "Diálogo «Registrar en MesaBot» sobre un mensaje del chat",
            SaveMessageFormCard.Build("Acordamos que la CChC enviará la propuesta de indicadores de productividad antes de la próxima sesión.",
                "Rodrigo Fuentes", ChatCardSamples.Members, ChatCardSamples.Today, ChatCardSamples.Carolina.ObjectId)),
        new("stress-long-spanish", "Textos largos con tildes, ñ y emoji, para ver el ajuste de línea", CardSamples.LongSpanishText()),
        .. ChatCards(),
        .. ChatCardSamples.HelpfulMessageCards(),
        .. ChatCardSamples.CreationQuestionCards(),
        .. ChatCardSamples.DocumentCards(),
        .. SessionCardSamples.Cards(),
        .. ChatCardSamples.ProposalCards(),
    ];

    // The chat issue's cards, with ChatCardSamples' mesa "Resiliencia" on Wednesday 10 December 2025.
    private static IEnumerable<CatalogCard> ChatCards()
    {
        var mesa = ChatCardSamples.Resiliencia;
        var today = ChatCardSamples.Today;
        var members = ChatCardSamples.Members;
        return
        [
            new("agreement-created", "Confirmación de un acuerdo nuevo (en la conversación de la mesa)", AgreementCreatedCard.Build(mesa, ChatCardSamples.Agreement, today, insideMesa: true)),
            new("action-item-created", "Confirmación de una tarea nueva: es su tarjeta, con sus botones", ItemCreatedCard.Build(mesa, ChatCardSamples.InProgressTask with { Status = ItemStatus.Pendiente }, members, today, insideMesa: true)),
            new("commitment-created", "Confirmación de un compromiso nuevo de un socio", ItemCreatedCard.Build(mesa, ChatCardSamples.CChCCommitment, members, today, insideMesa: true)),
            new("item-overdue", "Tarea vencida vista fuera de la mesa (id calificado RES-T-3)", ItemCard.For(mesa, ChatCardSamples.OverdueTask, members, today, insideMesa: false)),
            new("item-in-progress", "Tarea en curso: sin botón «En curso»", ItemCard.For(mesa, ChatCardSamples.InProgressTask, members, today, insideMesa: true)),
            new("item-done", "Tarea cumplida: solo «Reabrir»", ItemCard.For(mesa, ChatCardSamples.DoneTask, members, today, insideMesa: true)),
            new("item-commitment-no-members", "Compromiso sin miembros conocidos: sin «Reasignar»", ItemCard.For(mesa, ChatCardSamples.CChCCommitment, [], today, insideMesa: true)),
            new("item-changed", "Tarea recién pospuesta desde una lista: quién cambió qué, «Deshacer», «Volver a la lista», aviso no entregado", ItemCard.For(mesa, ChatCardSamples.InProgressTask, members, today, insideMesa: true, ChatCardSamples.JustPostponed)),
            new("item-outdated", "Botón pulsado en una tarjeta desactualizada: la tarjeta actual y lo que cambió", ItemCard.For(mesa, ChatCardSamples.OverdueTask, members, today, insideMesa: true, ChatCardSamples.Outdated)),
            new("item-change-notice", "Aviso 1:1 al nuevo responsable de una tarea reasignada", ItemCard.For(mesa, ChatCardSamples.OverdueTask, [], today, insideMesa: false, ChatCardSamples.PersonalNotice)),
            new("item-biggest", "La tarjeta más grande realista: tarea de texto máximo (2000) con 40 personas para reasignar", ItemCard.For(mesa, ChatCardSamples.OverdueTask with { Text = string.Concat(Enumerable.Repeat("Coordinar con la Dirección de Obras Hidráulicas y la Corporación de Fomento la revisión técnica del diseño. ", 19))[..2000] }, ChatCardSamples.ManyMembers, today, insideMesa: false)),
            new("pending-list-page-1", "Pendientes: 23 filas, primera página de 10 con «Ver más»", PendingListCard.Build(ListTitles.MesaPending(mesa), ChatCardSamples.Rows(23), today, "pendientes", page: 1, mesaId: mesa.Id)),
            new("pending-list-last-page", "Pendientes: última página (21–23), sin «Ver más»", PendingListCard.Build(ListTitles.MesaPending(mesa), ChatCardSamples.Rows(23), today, "pendientes", page: 3, mesaId: mesa.Id)),
            new("pending-list-mine", "Mis pendientes en varias mesas (ids calificados)", PendingListCard.Build(ListTitles.Mine(), ChatCardSamples.Rows(6), today, "mis")),
            new("pending-list-partner", "Compromisos de un socio", PendingListCard.Build(ListTitles.PartnerCommitments("CChC"), [.. ChatCardSamples.SummaryCommitments.Select(c => ItemRow.From(mesa, c, insideMesa: true))], today, "socio:CChC", mesaId: mesa.Id)),
            new("pending-list-empty", "Lista vacía", PendingListCard.Build(ListTitles.PersonPending("Ana Pérez"), [], today, "persona:5f0c1c9e")),
            new("agreement-list", "Acuerdos de la mesa: 14, los 10 más recientes con «Ver más»", AgreementListCard.Build(mesa, ChatCardSamples.Agreements(14), today, insideMesa: true)),
            new("summary", "Resumen de la mesa", SummaryCard.Build(mesa, ChatCardSamples.Agreements(3), ChatCardSamples.SummaryItems, ChatCardSamples.SummaryCommitments, today, insideMesa: true)),
            new("refusal", "Rechazo: no es responsable ni coordinador", RefusalCard.Build("RES-T-3")),
            new("notice-info", "Respuesta informativa a un botón", NoticeCard.Info("Listo: T-3 quedó cumplida. ¡Gracias, Rodrigo!")),
            new("notice-error", "Error de un botón", NoticeCard.Error("Otra persona modificó T-3 al mismo tiempo; vuelve a intentarlo.")),
            new("partner-suggestion-one", "¿Te refieres a …? con una sugerencia", PartnerSuggestionCard.Build("Camara Chilena", ["Cámara Chilena de la Construcción"], "compromiso Camara Chilena: enviar el catastro de obras el viernes")),
            new("partner-suggestion-many", "¿Te refieres a …? con varias sugerencias", PartnerSuggestionCard.Build("BIM", ["BIM Fórum Chile", "Plan BIM"], "compromiso BIM: revisar el estándar el 15/12")),
            new("form-action-item", "Formulario «Nueva tarea»", ActionItemFormCard.Build(members, today, ChatCardSamples.Matias.ObjectId)),
            new("form-agreement", "Formulario «Nuevo acuerdo»", AgreementFormCard.Build(today)),
            new("form-commitment", "Formulario «Nuevo compromiso»", CommitmentFormCard.Build(members, today)),
            new("reminder-settings", "«recordatorios» visto por la coordinación: la política y los campos para cambiarla", ReminderSettingsCard.Build(mesa, canEdit: true, maxDaysBefore: 7)),
            new("reminder-settings-saved", "«recordatorios» tras «Guardar»: 5 y 2 días antes y el mismo día, a las 10:00, vencidas cada 2 días hábiles", ReminderSettingsCard.Build(mesa with { Reminders = new([5, 2, 0], 10, 2) }, canEdit: true, maxDaysBefore: 7, "Guardado.", noticeIsGood: true)),
            new("reminder-settings-read-only", "«recordatorios» visto por un integrante que no coordina: solo la política", ReminderSettingsCard.Build(mesa with { Reminders = new([1], 8, 1) }, canEdit: false, maxDaysBefore: 7)),
        ];
    }

    private static T InBotCulture<T>(Func<T> build)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = BotCulture;
        try
        {
            return build();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

/// <summary>One catalogue entry; <see cref="Name"/> is also its file and PNG name.</summary>
public sealed record CatalogCard(string Name, string Description, AdaptiveCard Card)
{
    public override string ToString() => Name;
}
