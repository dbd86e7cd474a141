using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MesaBot.Documents.Workbook;

/// <summary>One sheet: header row frozen and filtered, one row per record, inline strings (no shared-string table to keep in step).</summary>
internal static class WorksheetWriter
{
    public static (Worksheet Sheet, string Range) Write<T>(IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> rows, DocumentWords words, bool selected)
    {
        var data = new SheetData();
        data.Append(Row(1, columns.Select(c => (object?)words[c.HeaderKey]).ToList(), WorkbookStyles.Header));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            data.Append(Row((uint)i + 2, columns.Select(c => c.Value(row)).ToList(), null));
        }

        var range = $"$A$1:${Column(columns.Count - 1)}${rows.Count + 1}";
        var sheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                WorkbookViewId = 0,
                TabSelected = selected ? true : null,
            }),
            new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = range.Replace("$", string.Empty, StringComparison.Ordinal) });
        return (sheet, range);
    }

    private static Row Row(uint number, IReadOnlyList<object?> values, uint? style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = Column(i) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(values[i] switch
            {
                DateOnly date => new Cell
                {
                    CellReference = reference,
                    StyleIndex = WorkbookStyles.Date,
                    CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                },
                string { Length: > 0 } text => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style ?? (text.Contains('\n') || text.Length > 60 ? WorkbookStyles.Wrapped : null),
                    InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                },
                _ => new Cell { CellReference = reference },
            });
        }

        return row;
    }

    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    private static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
