using MesaBot.Bot.Cards;
using MesaBot.Documents;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using static MesaBot.CardTests.ChatCardSamples;

namespace MesaBot.CardTests;

/// <summary>The sessions' cards for mesa Resiliencia: the opening agenda, the acta's draft and approved cards, the list of actas, the idle question.</summary>
public static class SessionCardSamples
{
    // Session 7 started at 09:00 Santiago (12:00 UTC) and ended at 10:45.
    private static readonly DateTimeOffset Started = new(2025, 12, 10, 12, 0, 0, TimeSpan.Zero);

    public static Session Open { get; } = new(7, "Sesión ordinaria de diciembre", Started, Matias, "3")
    {
        Attendees = [new("Carolina Muñoz", Carolina.ObjectId), new("Rodrigo Fuentes", Rodrigo.ObjectId)],
        Apologies = [new("Francisca Soto", Francisca.ObjectId)],
        Representatives = [new("CChC", "Andrés Peña")],
    };

    public static Session Closed { get; } = Open with { EndedAt = Started.AddMinutes(105), LastNumbers = new RecordNumbers(4, 9, 8) };

    public static Session Approved { get; } = Closed with
    {
        Approvals = [new ActaApprovalRecord(1, Matias, Started.AddHours(3), new StoredDocument("tenant-mop/resiliencia/acta-7-v1.docx", "3f0a9c2e5b7d41e8a6c09b1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5", 18_422))],
    };

    public static ActaContent Content { get; } = new()
    {
        MesaName = Resiliencia.Name, MesaCode = Resiliencia.Code, SessionNumber = 7, Title = Open.Title,
        Date = Today, StartedAt = new TimeOnly(9, 0), EndedAt = new TimeOnly(10, 45), Modality = ActaModality.Hybrid,
        Attendees = ["Carolina Muñoz", "Rodrigo Fuentes"], Apologies = ["Francisca Soto"],
        PartnerRepresentatives = [new("CChC", "Andrés Peña")],
        Agreements = [new("A-3", "Se aprueba la hoja de ruta BIM 2026"), new("A-4", "Se posterga la visita a terreno", "registrado dos veces")],
        Tasks = [new("T-8", "Preparar la minuta para la Dirección de Vialidad", "Rodrigo Fuentes", Today.AddDays(7))],
        Commitments = [new("C-8", "Cámara Chilena de la Construcción", "Andrés Peña", "Enviar indicadores de productividad", Today.AddDays(14), "Francisca Soto")],
        CarriedForward = [new("T-3", "Revisar la metodología de riesgo sísmico", "Rodrigo Fuentes", Today.AddDays(10), ActaOutcome.Postponed, ["plazo: 06/12 → 20/12 (Matías Contreras)"])],
        NextSession = new(new DateOnly(2026, 1, 15), new TimeOnly(10, 0)),
    };

    private static readonly Uri Link = new("https://mesabot.example.cl/documentos/acta-7?firma=abc");

    public static IEnumerable<CatalogCard> Cards() =>
    [
        new("session-agenda", "Apertura de la sesión 7: acta anterior por aprobar, pendientes (vencidos primero) y compromisos de socios",
            SessionAgendaCard.Build(Resiliencia, Open, [OverdueTask, InProgressTask, CChCCommitment], [6], Today.AddDays(14), Today)),
        new("session-agenda-empty", "Apertura de la primera sesión, sin nada pendiente", SessionAgendaCard.Build(Resiliencia, Open with { Number = 1 }, [], [], Today.AddDays(14), Today)),
        new("acta-draft", "Acta de la sesión 7 al cerrarla: borrador con «Descargar acta (Word)», «Aprobar» y «Actualizar borrador»", ActaCard.Build(Resiliencia, Closed, Content, Link, Today)),
        new("acta-approved", "Acta aprobada: quién y cuándo, y el SHA-256 del documento", ActaCard.Build(Resiliencia, Approved, Content with { Approval = new("Matías Contreras", new DateTime(2025, 12, 10, 12, 0, 0)) }, Link, Today)),
        new("acta-list", "«actas»: las sesiones con el estado de su acta", SessionListCard.Build(Resiliencia, [Approved with { Number = 5 }, Closed with { Number = 6, ActaVersion = 2, Approvals = Approved.Approvals }, Closed, Open with { Number = 8 }], Today)),
        new("session-attendance", "«asistencia»: el roster como casillas (asistentes y excusas) y los representantes de socios por línea", SessionAttendanceCard.Build(Resiliencia, Open, Members)),
        new("session-close-question", "«¿Cerrar la sesión 7?» cuando lleva horas abierta sin actividad", SessionCloseQuestionCard.Build(Resiliencia, Open, Today)),
    ];
}
