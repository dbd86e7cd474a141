using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MesaBot.Tests.Documents;

/// <summary>A built .docx opened back: its paragraphs' text (body, header, footer) and what the validator says of it.</summary>
public sealed class WordText
{
    private WordText(IReadOnlyList<string> body, string header, string footer, IReadOnlyList<string> errors, IReadOnlyList<string> struck)
    {
        Body = body;
        Header = header;
        Footer = footer;
        Errors = errors;
        Struck = struck;
    }

    public IReadOnlyList<string> Body { get; }
    public string Header { get; }
    public string Footer { get; }
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The text of the struck-through runs.</summary>
    public IReadOnlyList<string> Struck { get; }

    public string All => string.Join("\n", Body);

    public static WordText Read(byte[] content)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
        var main = document.MainDocumentPart!;
        var errors = new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        var body = main.Document.Body!.Descendants<Paragraph>().Select(Text).ToList();
        var struck = main.Document.Body!.Descendants<Run>().Where(r => r.RunProperties?.Strike is not null).Select(r => r.InnerText).ToList();
        var header = string.Join("\n", main.HeaderParts.SelectMany(h => h.Header.Descendants<Paragraph>()).Select(Text));
        var footer = string.Join("\n", main.FooterParts.SelectMany(f => f.Footer.Descendants<Paragraph>()).Select(Text));
        return new WordText(body, header, footer, errors, struck);
    }

    /// <summary>A paragraph's text with tabs as spaces and breaks as new lines; a field shows its instruction in brackets.</summary>
    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t when t.Ancestors<SimpleField>().Any() => string.Empty,
        Text t => t.Text,
        TabChar => " ",
        Break => "\n",
        SimpleField f => "[" + f.Instruction!.Value!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0] + "]",
        _ => string.Empty,
    }));
}
