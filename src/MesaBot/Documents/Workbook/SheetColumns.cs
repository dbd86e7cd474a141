using MesaBot.Documents.Resources;

namespace MesaBot.Documents.Workbook;

/// <summary>A column of a sheet: its header (a resx key), its width in characters, and how a row fills it (a text or a date).</summary>
internal sealed record SheetColumn<T>(string HeaderKey, double Width, Func<T, object?> Value);

/// <summary>The three sheets' columns, in the order a reader scans them: what, its state, who and when, where it came from, its history.</summary>
internal static class SheetColumns
{
    public static IEnumerable<SheetColumn<ExportAgreement>> Agreements(bool allMesas, DocumentWords words) => WithMesa<ExportAgreement>(allMesas, a => a.Mesa,
    [
        new(nameof(DocumentTexts.Column_Id), 8, a => a.Id),
        new(nameof(DocumentTexts.Column_Text), 60, a => a.Text),
        new(nameof(DocumentTexts.Column_Status), 12, a => words[a.AnnulledReason is null ? nameof(DocumentTexts.Status_Standing) : nameof(DocumentTexts.Status_Annulled)]),
        new(nameof(DocumentTexts.Column_AgreedOn), 14, a => a.AgreedOn),
        new(nameof(DocumentTexts.Column_Session), 10, a => a.Session),
        new(nameof(DocumentTexts.Column_Author), 22, a => a.Author),
        new(nameof(DocumentTexts.Column_AnnulledReason), 30, a => a.AnnulledReason),
        new(nameof(DocumentTexts.Column_History), 60, a => string.Join("\n", a.History)),
    ]);

    public static IEnumerable<SheetColumn<ExportItem>> Tasks(bool allMesas, DocumentWords words) => WithMesa<ExportItem>(allMesas, t => t.Mesa,
    [
        new(nameof(DocumentTexts.Column_Id), 8, t => t.Id),
        new(nameof(DocumentTexts.Column_Text), 50, t => t.Text),
        new(nameof(DocumentTexts.Column_Status), 12, t => Status(t.Status, words)),
        new(nameof(DocumentTexts.Column_Owner), 22, t => t.Accountable),
        new(nameof(DocumentTexts.Column_Due), 12, t => t.DueDate),
        new(nameof(DocumentTexts.Column_Created), 12, t => t.CreatedOn),
        new(nameof(DocumentTexts.Column_CreatedBy), 22, t => t.CreatedBy),
        new(nameof(DocumentTexts.Column_Closed), 12, t => t.ClosedOn),
        new(nameof(DocumentTexts.Column_Agreement), 10, t => t.Agreement),
        new(nameof(DocumentTexts.Column_Session), 10, t => t.Session),
        new(nameof(DocumentTexts.Column_History), 60, t => string.Join("\n", t.History)),
    ]);

    public static IEnumerable<SheetColumn<ExportItem>> Commitments(bool allMesas, DocumentWords words) => WithMesa<ExportItem>(allMesas, c => c.Mesa,
    [
        new(nameof(DocumentTexts.Column_Id), 8, c => c.Id),
        new(nameof(DocumentTexts.Column_Partner), 20, c => c.Partner),
        new(nameof(DocumentTexts.Column_Contact), 22, c => c.Contact),
        new(nameof(DocumentTexts.Column_Commitment), 50, c => c.Text),
        new(nameof(DocumentTexts.Column_Status), 12, c => Status(c.Status, words)),
        new(nameof(DocumentTexts.Column_FollowedBy), 22, c => c.Accountable),
        new(nameof(DocumentTexts.Column_Due), 12, c => c.DueDate),
        new(nameof(DocumentTexts.Column_Created), 12, c => c.CreatedOn),
        new(nameof(DocumentTexts.Column_CreatedBy), 22, c => c.CreatedBy),
        new(nameof(DocumentTexts.Column_Closed), 12, c => c.ClosedOn),
        new(nameof(DocumentTexts.Column_Session), 10, c => c.Session),
        new(nameof(DocumentTexts.Column_History), 60, c => string.Join("\n", c.History)),
    ]);

    private static string Status(ExportStatus status, DocumentWords words) => words["Status_" + status];

    private static IEnumerable<SheetColumn<T>> WithMesa<T>(bool allMesas, Func<T, string> mesa, SheetColumn<T>[] columns) =>
        allMesas ? columns.Prepend(new SheetColumn<T>(nameof(DocumentTexts.Column_Mesa), 10, r => mesa(r))) : columns;
}
