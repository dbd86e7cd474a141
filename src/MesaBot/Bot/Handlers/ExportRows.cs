using MesaBot.Bot.Chat;
using MesaBot.Documents.Workbook;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The mesa's records turned into the workbook's rows: the documents know no store, so the chat words what
/// the records keep (statuses, the history lines as the item card words them, each dated in the mesa's zone).
/// </summary>
internal static class ExportRows
{
    public static ExportAgreement Agreement(Mesa mesa, Agreement agreement, ILookup<string, AuditEntry> history, DateOnly today) =>
        new(mesa.Code, agreement.Ref.ToString(), agreement.Text, agreement.AgreedOn, agreement.Session, agreement.Author.Name)
        {
            AnnulledReason = agreement.Annulment?.Reason,
            History = Lines(mesa, history[agreement.Ref.ToString()], today),
        };

    public static ExportItem Item(Mesa mesa, OpenItem item, ILookup<string, AuditEntry> history, DateOnly today) =>
        new(mesa.Code, item.Ref.ToString(), item.Text, Status(item.Status), item.Accountable.Name, item.DueDate, LocalDate(mesa, item.CreatedAt), item.CreatedBy.Name)
        {
            ClosedOn = item.CompletedAt is { } closed && !item.IsOpen ? LocalDate(mesa, closed) : null,
            Agreement = item.AgreementNumber is { } number ? new RecordRef(RecordKind.Agreement, number).ToString() : null,
            Partner = item.Partner,
            Contact = item.ContactName,
            History = Lines(mesa, history[item.Ref.ToString()], today),
        };

    private static ExportStatus Status(ItemStatus status) => status switch
    {
        ItemStatus.Pendiente => ExportStatus.Pending,
        ItemStatus.EnCurso => ExportStatus.InProgress,
        ItemStatus.Cumplida => ExportStatus.Done,
        ItemStatus.Cancelada => ExportStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    // "02/12/2026 Carolina cambió el plazo: 12/12 → 19/12"; creation and annulment have their own columns.
    private static IReadOnlyList<string> Lines(Mesa mesa, IEnumerable<AuditEntry> entries, DateOnly today) =>
    [
        .. entries.SelectMany(e => ChangeNotes.Of([e], today).Select(note =>
            $"{LocalDate(mesa, e.At).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} {note}")),
    ];

    private static DateOnly LocalDate(Mesa mesa, DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, mesa.TimeZone).DateTime);
}
