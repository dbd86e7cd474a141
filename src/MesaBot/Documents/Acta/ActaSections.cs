using DocumentFormat.OpenXml;
using MesaBot.Documents.Resources;
using MesaBot.Documents.Word;
using static MesaBot.Documents.Word.WordElements;

namespace MesaBot.Documents.Acta;

/// <summary>The sections made of the session's records, each in the order it was logged.</summary>
internal static class ActaSections
{
    public static IEnumerable<OpenXmlElement> Attendance(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Attendance)]);
        yield return Paragraph(WordStyles.Heading2, words[nameof(DocumentTexts.Attendance_Present)]);
        // An empty list of those present means nobody took attendance, not that nobody came.
        foreach (var element in Names(acta.Attendees, words, nameof(DocumentTexts.Attendance_NotRecorded)))
        {
            yield return element;
        }

        yield return Paragraph(WordStyles.Heading2, words[nameof(DocumentTexts.Attendance_Apologies)]);
        foreach (var element in Names(acta.Apologies, words, nameof(DocumentTexts.Empty)))
        {
            yield return element;
        }

        yield return Paragraph(WordStyles.Heading2, words[nameof(DocumentTexts.Attendance_Partners)]);
        if (acta.PartnerRepresentatives.Count == 0)
        {
            yield return Empty(words);
            yield break;
        }

        yield return Table([2000, 3000],
            [words[nameof(DocumentTexts.Column_Partner)], words[nameof(DocumentTexts.Column_Representative)]],
            acta.PartnerRepresentatives.Select(p => (IReadOnlyList<OpenXmlElement[]>)[Cell(p.Partner), Cell(p.Name)]));
    }

    public static IEnumerable<OpenXmlElement> Agenda(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Agenda)]);
        if (acta.Agenda.Count == 0)
        {
            yield return Empty(words);
        }

        for (var i = 0; i < acta.Agenda.Count; i++)
        {
            yield return Numbered($"{i + 1}.", Run(acta.Agenda[i]));
        }
    }

    public static IEnumerable<OpenXmlElement> Agreements(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Agreements)]);
        if (acta.Agreements.Count == 0)
        {
            yield return Empty(words);
        }

        for (var i = 0; i < acta.Agreements.Count; i++)
        {
            var agreement = acta.Agreements[i];
            var annulled = agreement.AnnulledReason is not null;
            // An annulled agreement keeps its number and stays legible, struck through, with why.
            List<OpenXmlElement> runs = [Run($"({agreement.Id}) ", color: WordStyles.Muted), Run(agreement.Text, strike: annulled)];
            if (annulled)
            {
                runs.Add(Run(" — " + words.Format(nameof(DocumentTexts.Agreement_Annulled), agreement.AnnulledReason!), italic: true));
            }

            yield return Numbered($"{i + 1}.", [.. runs]);
        }
    }

    public static IEnumerable<OpenXmlElement> Tasks(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Tasks)]);
        if (acta.Tasks.Count == 0)
        {
            yield return Empty(words);
            yield break;
        }

        yield return Table([550, 2500, 1150, 800],
            [words[nameof(DocumentTexts.Column_Number)], words[nameof(DocumentTexts.Column_Task)], words[nameof(DocumentTexts.Column_Owner)], words[nameof(DocumentTexts.Column_Due)]],
            acta.Tasks.Select(t => (IReadOnlyList<OpenXmlElement[]>)[Cell(t.Id), Cell(t.Text), Cell(t.Owner), Cell(words.ShortDate(t.DueDate))]));
    }

    public static IEnumerable<OpenXmlElement> Commitments(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_Commitments)]);
        if (acta.Commitments.Count == 0)
        {
            yield return Empty(words);
            yield break;
        }

        yield return Table([500, 750, 850, 1200, 800, 900],
            [words[nameof(DocumentTexts.Column_Number)], words[nameof(DocumentTexts.Column_Partner)], words[nameof(DocumentTexts.Column_Contact)],
                words[nameof(DocumentTexts.Column_Commitment)], words[nameof(DocumentTexts.Column_Due)], words[nameof(DocumentTexts.Column_FollowedBy)]],
            acta.Commitments.Select(c => (IReadOnlyList<OpenXmlElement[]>)
                [Cell(c.Id), Cell(c.Partner), Cell(c.Contact ?? "—"), Cell(c.Text), Cell(words.ShortDate(c.DueDate)), Cell(c.FollowedBy)]));
    }

    public static IEnumerable<OpenXmlElement> CarriedForward(ActaContent acta, DocumentWords words)
    {
        yield return Paragraph(WordStyles.Heading1, words[nameof(DocumentTexts.Section_CarriedForward)]);
        if (acta.CarriedForward.Count == 0)
        {
            yield return Empty(words);
            yield break;
        }

        yield return Table([500, 1300, 850, 800, 750, 800],
            [words[nameof(DocumentTexts.Column_Number)], words[nameof(DocumentTexts.Column_Item)], words[nameof(DocumentTexts.Column_Owner)],
                words[nameof(DocumentTexts.Column_Due)], words[nameof(DocumentTexts.Column_Outcome)], words[nameof(DocumentTexts.Column_Changes)]],
            acta.CarriedForward.Select(c => (IReadOnlyList<OpenXmlElement[]>)
            [
                Cell(c.Id), Cell(c.Text), Cell(c.Responsible), Cell(words.ShortDate(c.DueDate)), Cell(words["Outcome_" + c.Outcome]),
                Cell(c.Changes.Count == 0 ? words[nameof(DocumentTexts.Changes_None)] : string.Join("\n", c.Changes)),
            ]));
    }

    private static IEnumerable<OpenXmlElement> Names(IReadOnlyList<string> names, DocumentWords words, string emptyKey)
    {
        if (names.Count == 0)
        {
            yield return Empty(words, emptyKey);
        }

        for (var i = 0; i < names.Count; i++)
        {
            yield return Numbered($"{i + 1}.", Run(names[i]));
        }
    }

    private static OpenXmlElement Empty(DocumentWords words, string key = nameof(DocumentTexts.Empty)) => Paragraph(null, Run(words[key], italic: true, color: WordStyles.Muted));
}
