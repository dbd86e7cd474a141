using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MesaBot.Documents.Resources;
using MesaBot.Documents.Word;
using static MesaBot.Documents.Word.WordElements;

namespace MesaBot.Documents.Acta;

/// <summary>
/// The acta as a Word document: styles, a header naming the mesa and the session (and the version it
/// replaces), "Página X de Y" in the footer, and the body from <see cref="ActaBody"/>. Every part gets a
/// fixed relationship id and the zip fixed timestamps, so the same content always gives the same bytes.
/// </summary>
public sealed class ActaDocumentBuilder : IActaDocumentBuilder
{
    private const string MainPartType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public DocumentFile Build(ActaContent acta)
    {
        var words = DocumentWords.For(acta.Language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>(MainPartType, "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Create(words.LanguageTag);
            main.AddNewPart<HeaderPart>("rIdHeader").Header = Header(acta, words);
            main.AddNewPart<FooterPart>("rIdFooter").Footer = Footer(words);
            var body = new Body(ActaBody.Elements(acta, words).ToArray());
            body.Append(Section());
            main.Document = new Document(body);
        }

        return new DocumentFile(FileName(acta, words), DocumentFile.WordContentType, DeterministicPackage.Normalize(stream.ToArray()));
    }

    private static string FileName(ActaContent acta, DocumentWords words)
    {
        var name = words.Format(nameof(DocumentTexts.FileName_Acta), acta.MesaCode, acta.SessionNumber.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        if (acta.Version > 1)
        {
            name += words.Format(nameof(DocumentTexts.FileName_Version), acta.Version);
        }

        return DocumentFileNames.Safe(name) + ".docx";
    }

    private static Header Header(ActaContent acta, DocumentWords words)
    {
        var session = words.Format(nameof(DocumentTexts.Header_Session), acta.SessionNumber);
        var runs = new List<OpenXmlElement> { Run(acta.MesaName, bold: true), Run(" · " + session) };
        if (acta.Version > 1)
        {
            var version = acta.ReplacesVersion is { } replaced
                ? words.Format(nameof(DocumentTexts.Header_Version), acta.Version, replaced)
                : words.Format(nameof(DocumentTexts.Header_VersionOnly), acta.Version);
            runs.Add(Run(" · " + version));
        }

        if (acta.Approval is null)
        {
            runs.Add(new Run(new TabChar()));
            runs.Add(Run(words[nameof(DocumentTexts.Acta_Draft)], bold: true, color: WordStyles.Accent, size: "24"));
        }

        var paragraph = Paragraph(WordStyles.Header, [.. runs]);
        paragraph.ParagraphProperties!.Append(new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9638 }));
        return new Header(paragraph);
    }

    private static Footer Footer(DocumentWords words)
    {
        // "Página {0} de {1}": the words around the two fields come from the resx, in either language's order.
        var template = words[nameof(DocumentTexts.Footer_Page)];
        var runs = new List<OpenXmlElement>();
        var rest = template;
        foreach (var (placeholder, field) in new[] { ("{0}", "PAGE"), ("{1}", "NUMPAGES") })
        {
            var at = rest.IndexOf(placeholder, StringComparison.Ordinal);
            if (at > 0)
            {
                runs.Add(Run(rest[..at]));
            }

            runs.Add(Field(field, "1"));
            rest = rest[(at + placeholder.Length)..];
        }

        if (rest.Length > 0)
        {
            runs.Add(Run(rest));
        }

        return new Footer(Centered(WordStyles.Footer, [.. runs]));
    }

    // Letter size (Chile's "tamaño carta"), 2.5 cm margins except 2 cm at the sides; the width left is 9638 twips.
    private static SectionProperties Section() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
        new PageSize { Width = 12240, Height = 15840 },
        new PageMargin { Top = 1417, Bottom = 1417, Left = 1301, Right = 1301, Header = 708, Footer = 708, Gutter = 0 });
}
