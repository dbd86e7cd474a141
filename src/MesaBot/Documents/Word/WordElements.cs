using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MesaBot.Documents.Word;

/// <summary>Small builders for the paragraphs, runs and tables the acta is made of.</summary>
internal static class WordElements
{
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(runs);
        return paragraph;
    }

    public static Paragraph Paragraph(string? style, string text) => Paragraph(style, Run(text));

    public static Paragraph Centered(string? style, params OpenXmlElement[] runs)
    {
        var paragraph = Paragraph(style, runs);
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        properties.Append(new Justification { Val = JustificationValues.Center });
        return paragraph;
    }

    /// <summary>A numbered line ("1. …") written out rather than through Word's numbering, so the number is the text the secretary signs.</summary>
    public static Paragraph Numbered(string number, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = 567 }),
            new Indentation { Left = "567", Hanging = "567" }));
        paragraph.Append(Run(number, bold: true), new Run(new TabChar()));
        paragraph.Append(runs);
        return paragraph;
    }

    public static Run Run(string text, bool bold = false, bool italic = false, bool strike = false, string? color = null, string? size = null)
    {
        var run = new Run();
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (strike)
        {
            properties.Append(new Strike());
        }

        if (color is not null)
        {
            properties.Append(new Color { Val = color });
        }

        if (size is not null)
        {
            properties.Append(new FontSize { Val = size });
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        // Lines inside one cell (a carried item's changes) are breaks, not paragraphs.
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A field Word computes when it lays the page out (PAGE, NUMPAGES); <paramref name="placeholder"/> shows until it does.</summary>
    public static SimpleField Field(string instruction, string placeholder) =>
        new(Run(placeholder)) { Instruction = $" {instruction} \\* MERGEFORMAT " };

    /// <summary>A full-width table in the acta's style; the first row is the header, repeated on every page. Widths are in fiftieths of a percent.</summary>
    public static Table Table(int[] widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<OpenXmlElement[]>> rows)
    {
        const int PageWidthTwips = 9638;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = (PageWidthTwips * w / 5000).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(widths, header.Select(h => new OpenXmlElement[] { Run(h, bold: true, size: TableTextSize) }).ToList(), isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, isHeader: false));
        }

        return table;
    }

    public static OpenXmlElement[] Cell(string text) => [Run(text, size: TableTextSize)];

    // Tables in 10 pt, so a date and a name fit their columns on a letter page.
    private const string TableTextSize = "20";

    private static TableRow Row(int[] widths, IReadOnlyList<OpenXmlElement[]> cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        else
        {
            row.Append(new TableRowProperties(new CantSplit()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (isHeader)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordStyles.HeaderFill });
            }

            row.Append(new TableCell(properties, Paragraph(null, cells[i])));
        }

        return row;
    }
}
