using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MesaBot.Documents.Resources;

namespace MesaBot.Documents.Workbook;

/// <summary>
/// A mesa's records as an .xlsx: one sheet per kind (Acuerdos, Tareas, Compromisos), a frozen, filterable
/// header row, real dates (so Excel sorts and filters them), history wrapped in one cell. For the committee,
/// every mesa's rows in the same three sheets with a Mesa column, so one filter compares them. Deterministic
/// like the acta.
/// </summary>
public sealed class RecordsWorkbookBuilder
{
    public DocumentFile Build(RecordsExport export)
    {
        var words = DocumentWords.For(export.Language);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdBook");
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = WorkbookStyles.Create(words);
            var sheets = new SheetList(workbook, words);
            sheets.Add(nameof(DocumentTexts.Sheet_Agreements), SheetColumns.Agreements(export.AllMesas, words), export.Agreements);
            sheets.Add(nameof(DocumentTexts.Sheet_Tasks), SheetColumns.Tasks(export.AllMesas, words), export.Tasks);
            sheets.Add(nameof(DocumentTexts.Sheet_Commitments), SheetColumns.Commitments(export.AllMesas, words), export.Commitments);
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new BookViews(new WorkbookView()), sheets.Sheets, sheets.Filters);
        }

        return new DocumentFile(FileName(export, words), DocumentFile.ExcelContentType, DeterministicPackage.Normalize(stream.ToArray()));
    }

    private static string FileName(RecordsExport export, DocumentWords words)
    {
        var date = export.MadeOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = export.AllMesas
            ? words.Format(nameof(DocumentTexts.FileName_AllRecords), date)
            : words.Format(nameof(DocumentTexts.FileName_Records), export.Code, date);
        return DocumentFileNames.Safe(name) + ".xlsx";
    }

    /// <summary>The sheets as they are added, each with a fixed relationship id and its filter range.</summary>
    private sealed class SheetList(WorkbookPart workbook, DocumentWords words)
    {
        public Sheets Sheets { get; } = new();

        public DefinedNames Filters { get; } = new();

        public void Add<T>(string nameKey, IEnumerable<SheetColumn<T>> columns, IReadOnlyList<T> rows)
        {
            var number = (uint)Sheets.ChildElements.Count + 1;
            var id = $"rIdSheet{number}";
            var (worksheet, range) = WorksheetWriter.Write([.. columns], rows, words, selected: number == 1);
            workbook.AddNewPart<WorksheetPart>(id).Worksheet = worksheet;
            var name = words[nameKey];
            Sheets.Append(new Sheet { Name = name, SheetId = number, Id = id });
            // Excel looks for the filter's range under this hidden name.
            Filters.Append(new DefinedName($"'{name}'!{range}") { Name = "_xlnm._FilterDatabase", LocalSheetId = number - 1, Hidden = true });
        }
    }
}
