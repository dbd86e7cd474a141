using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MesaBot.Documents.Resources;
using MesaBot.Documents.Word;
using static MesaBot.Documents.Word.WordElements;

namespace MesaBot.Documents.Acta;

/// <summary>
/// The acta's sections in the order a ministry acta reads: data, attendance, agenda, agreements, tasks,
/// partner commitments, follow-up of open items, next session, approval. An empty section says so
/// rather than disappearing, so a reader knows nothing was left out.
/// </summary>
internal static class ActaBody
{
    public static IEnumerable<OpenXmlElement> Elements(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Title, acta.Title ?? words.Format(nameof(DocumentTexts.Acta_Title), acta.SessionNumber));
        yield return Paragraph(WordStyles.Subtitle, acta.MesaName);
        if (acta.Approval is null)
        {
            yield return Centered(null, Run(words[nameof(DocumentTexts.Acta_Draft)], bold: true, color: WordStyles.Accent, size: "32"));
            yield return Centered(null, Run(words[nameof(DocumentTexts.Acta_DraftNote)], italic: true, color: WordStyles.Muted));
        }

        foreach (var element in SessionData(acta, words)
            .Concat(ActaSections.Attendance(acta, words))
            .Concat(ActaSections.Agenda(acta, words))
            .Concat(ActaSections.Agreements(acta, words))
            .Concat(ActaSections.Tasks(acta, words))
            .Concat(ActaSections.Commitments(acta, words))
            .Concat(ActaSections.CarriedForward(acta, words))
            .Concat(NextSession(acta, words))
            .Concat(Approval(acta, words)))
        {
            yield return element;
        }
    }

    private static IEnumerable<OpenXmlElement> SessionData(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Data)]);
        var modality = words["Modality_" + acta.Modality];
        (string Label, string Value)[] facts =
        [
            (words[nameof(DocumentTexts.Field_Mesa)], $"{acta.MesaName} ({acta.MesaCode})"),
            (words[nameof(DocumentTexts.Field_Date)], words.LongDate(acta.Date)),
            (words[nameof(DocumentTexts.Field_Time)], words.TimeRange(acta.StartedAt, acta.EndedAt)),
            (words[nameof(DocumentTexts.Field_Modality)], modality),
        ];
        foreach (var (label, value) in facts)
        {
            yield return Paragraph(null, Run(label + ": ", bold: true), Run(value));
        }
    }

    private static IEnumerable<OpenXmlElement> NextSession(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_NextSession)]);
        if (acta.NextSession is not { } next)
        {
            yield return Paragraph(null, words[nameof(DocumentTexts.NextSession_None)]);
            yield break;
        }

        var when = words.LongDate(next.Date);
        if (next.Time is { } time)
        {
            when += ", " + words.Format(nameof(DocumentTexts.Time_Single), words.Time(time));
        }

        yield return Paragraph(null, Run(when));
        if (!string.IsNullOrWhiteSpace(next.Place))
        {
            yield return Paragraph(null, words.Format(nameof(DocumentTexts.NextSession_Place), next.Place));
        }
    }

    private static IEnumerable<OpenXmlElement> Approval(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Approval)]);
        if (acta.Approval is { } approval)
        {
            yield return Paragraph(null, Run(words.Format(nameof(DocumentTexts.Approval_Approved), approval.ApprovedBy,
                words.LongDate(DateOnly.FromDateTime(approval.ApprovedAtLocal)), words.Time(TimeOnly.FromDateTime(approval.ApprovedAtLocal))), bold: true));
        }
        else
        {
            yield return Paragraph(null, Run(words[nameof(DocumentTexts.Approval_Pending)], bold: true, color: WordStyles.Accent));
        }

        // Room for the wet or electronic signatures the ministry still asks for, beside the recorded approval.
        foreach (var role in new[] { nameof(DocumentTexts.Signature_Coordinator), nameof(DocumentTexts.Signature_Secretary) })
        {
            var line = Paragraph(null, Run("______________________________"));
            line.PrependChild(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "720", After = "0" }));
            yield return line;
            yield return Paragraph(null, Run(words[role], color: WordStyles.Muted));
        }
    }
}
