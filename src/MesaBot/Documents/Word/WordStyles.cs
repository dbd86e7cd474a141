using DocumentFormat.OpenXml.Wordprocessing;

namespace MesaBot.Documents.Word;

/// <summary>
/// The acta's styles, named as Word's built-in ones (Title, Heading1/2, Normal, header, footer) so a secretary who
/// edits the document finds them where she expects, plus one table style. Sizes are half-points.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "TablaActa";

    // Dark enough for 4.5:1 on white, printed or on screen.
    public const string Accent = "1F3864";
    public const string Muted = "595959";
    public const string HeaderFill = "D9E2F3";

    public static Styles Create(string languageTag) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = languageTag })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle(Normal, "Normal", basedOn: null, isDefault: true),
        ParagraphStyle(Title, "Title", Normal, size: "40", bold: true, color: Accent, spacingAfter: "60", keepNext: true),
        ParagraphStyle(Subtitle, "Subtitle", Normal, size: "26", color: Muted, spacingAfter: "240"),
        ParagraphStyle(Heading1, "heading 1", Normal, size: "28", bold: true, color: Accent, spacingBefore: "360", keepNext: true, outline: 0),
        ParagraphStyle(Heading2, "heading 2", Normal, size: "24", bold: true, color: Accent, spacingBefore: "200", keepNext: true, outline: 1),
        ParagraphStyle(Header, "header", Normal, size: "18", color: Muted, spacingAfter: "0"),
        ParagraphStyle(Footer, "footer", Normal, size: "18", color: Muted, spacingAfter: "0"),
        TableStyle());

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false, string? size = null, bool bold = false,
        string? color = null, string? spacingBefore = null, string? spacingAfter = null, bool keepNext = false, int? outline = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = Normal });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (spacingBefore is not null || spacingAfter is not null)
        {
            // An attribute set to null would be written empty, which Word refuses.
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is not null)
            {
                spacing.Before = spacingBefore;
            }

            if (spacingAfter is not null)
            {
                spacing.After = spacingAfter;
            }

            paragraph.Append(spacing);
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size });
            run.Append(new FontSizeComplexScript { Val = size });
        }

        style.Append(run);
        return style;
    }

    private static Style TableStyle() => new(
        new StyleName { Val = "Tabla del acta" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = Table,
    };
}
