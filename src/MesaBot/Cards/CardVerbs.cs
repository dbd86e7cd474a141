namespace MesaBot.Cards;

/// <summary>
/// The Action.Execute verbs MesaBot's cards send, in one place so cards and routes agree.
/// Every item action carries in its data: "mesa" (mesa id), "ref" (the local id, "T-3" or "C-7") and
/// "version" (the record's Version when the card was drawn, so a stale click fails safely).
/// Input ids the handlers read: "fecha" (Input.Date, yyyy-MM-dd), "responsable" (Input.ChoiceSet whose
/// value is the person's Entra object id), "texto", "socio", "contacto".
/// </summary>
public static class CardVerbs
{
    public const string ShowHelp = "ayuda";

    /// <summary>A "¿Quisiste decir …?" button: data "comando" (the command to run as if typed) and "menciones" (the typed message's mention entities, JSON).</summary>
    public const string RunCommand = "comando.ejecutar";

    /// <summary>Mark a tarea/compromiso cumplida.</summary>
    public const string Complete = "item.cumplida";

    /// <summary>Mark it en curso.</summary>
    public const string Start = "item.encurso";

    /// <summary>Postpone: data "dias" (e.g. "7") or the "fecha" input.</summary>
    public const string Postpone = "item.posponer";

    /// <summary>Reassign to the "responsable" input.</summary>
    public const string Reassign = "item.reasignar";

    /// <summary>Replace the text with the "texto" input.</summary>
    public const string Edit = "item.editar";

    public const string Cancel = "item.cancelar";

    /// <summary>Back to pendiente from cumplida/cancelada.</summary>
    public const string Reopen = "item.reabrir";

    /// <summary>Undo the change that made "version" (data "deshacer" = what, "antes" = the value before), within ten minutes.</summary>
    public const string Undo = "item.deshacer";

    /// <summary>Universal Actions refresh of an item card (data mesa/ref/version): answer with the card as the item now is.</summary>
    public const string RefreshItem = "item.actualizar";

    /// <summary>
    /// A tapped list row (data mesa/ref/version): answer with the item card, where its buttons are.
    /// Rows carry no buttons of their own so a ten-row list stays readable on a phone.
    /// </summary>
    public const string ShowItem = "item.ver";

    /// <summary>Next page of a list card: data "consulta" (the query, e.g. "pendientes", "vencidas", "persona:&lt;objectId&gt;", "socio:&lt;name&gt;", "mis", "acuerdos") and "pagina"; lists of one mesa also send "mesa".</summary>
    public const string ShowMore = "lista.mas";

    /// <summary>Open a creation form: data "tipo" = "tarea" | "acuerdo" | "compromiso".</summary>
    public const string OpenForm = "formulario.abrir";

    /// <summary>Save a creation form: data "tipo", inputs "texto", "fecha", "responsable", "socio", "contacto".</summary>
    public const string SubmitForm = "formulario.guardar";

    /// <summary>Answer to "¿Te refieres a …?": data "socio" (the chosen canonical name) and "borrador" (the original command text); "No, es un socio nuevo" sends the name as typed in "socio" and "nuevo" = "si".</summary>
    public const string ChoosePartner = "compromiso.socio";

    /// <summary>
    /// Create a tarea held back by a question (a past date, a vague one, no owner): data "texto", "fecha"
    /// (yyyy-MM-dd), "responsable" (object id, or the input), "vencida" = "si" to record a past date as overdue,
    /// and "origen", the id of the message that asked for it, so a double press or a second button creates one tarea.
    /// </summary>
    public const string CreateHeldTask = "tarea.crear";

    /// <summary>
    /// Create a compromiso held back by a date question (past or vague): data "borrador" (the command as typed),
    /// "fecha" (yyyy-MM-dd, the day chosen), "seguimiento" (the follower's object id), "vencida" = "si" and "origen", as for tareas.
    /// </summary>
    public const string CreateHeldCommitment = "compromiso.crear";

    /// <summary>Save the mesa's reminder policy: data "mesa"; inputs "dias" (e.g. "3,1,0"), "hora" (0–23), "vencidas" (1–10 business days).</summary>
    public const string ReminderSettings = "mesa.recordatorios";

    // Sessions and their actas: data "mesa" (mesa id), "sesion" (the session's number) and, on approval buttons, "version" (the acta's).

    /// <summary>Close the open session (the acta card and the "¿Cerrar la sesión?" question).</summary>
    public const string CloseSession = "sesion.cerrar";

    /// <summary>Answer "no" to "¿Cerrar la sesión?": it stays open (nothing is stored; the next opening asks again if it is still idle).</summary>
    public const string KeepSessionOpen = "sesion.seguir";

    /// <summary>Save the attendance card: input "asistentes" (object ids, comma-separated), "excusas" (likewise) and "socios" (lines "CChC: Juan Pérez").</summary>
    public const string SessionAttendance = "sesion.asistencia";

    /// <summary>Approve the acta (coordinators only): data "sesion" and "version".</summary>
    public const string ApproveActa = "acta.aprobar";

    /// <summary>Build the draft again from the records as they now are.</summary>
    public const string RefreshActa = "acta.actualizar";

    /// <summary>Show a session's acta card (from the list of actas).</summary>
    public const string ShowActa = "acta.ver";

    /// <summary>
    /// Create the proposals of a proposals card (`registrar` + pasted text): data "origen" (the id of the message
    /// that asked, the idempotency key with each proposal's index) and "n"; inputs per proposal i: "p{i}.sel"
    /// ("true"/"false"), "p{i}.tipo", "p{i}.texto", "p{i}.responsable", "p{i}.socio", "p{i}.fecha".
    /// </summary>
    public const string SaveProposals = "propuestas.registrar";
}
