using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace MesaBot.Tests.Documents;

/// <summary>A built .xlsx opened back: each sheet's rows as text (dates as dd/MM/yyyy), and the validator's errors.</summary>
public sealed class WorkbookCells
{
    private WorkbookCells(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> sheets, IReadOnlyList<string> errors)
    {
        Sheets = sheets;
        Errors = errors;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Sheets { get; }
    public IReadOnlyList<string> Errors { get; }

    public static WorkbookCells Read(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        var book = document.WorkbookPart!;
        var sheets = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = part.Worksheet.Descendants<Row>()
                .Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(Text).ToList()).ToList();
        }

        return new WorkbookCells(sheets, errors);
    }

    private static string Text(Cell cell) => cell switch
    {
        { DataType.Value: var t } when t == CellValues.InlineString => cell.InlineString!.InnerText,
        { StyleIndex.Value: 2, CellValue: { } value } => DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture))).ToString("dd/MM/yyyy"),
        _ => cell.CellValue?.Text ?? string.Empty,
    };
}
