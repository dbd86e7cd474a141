using MesaBot.Extraction;
using MesaBot.TestData.Extraction;

/// <summary>A long meeting for timing: the set's turns and lines, repeated in order until the word count is reached.</summary>
internal static class GeneratedTranscript
{
    public static ExtractionInput Of(IReadOnlyList<LabelledDocument> documents, int words)
    {
        var sources = documents.SelectMany(d => d.Units.Select(u => (u.Text, Speaker: d.Input.Passages[u.Passage].Speaker)))
            .Where(u => u.Text.Trim().Length > 0)
            .ToList();
        var passages = new List<Passage>();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var (text, speaker) = sources[i % sources.Count];
            passages.Add(new Passage(text, speaker));
            count += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        var first = documents[0].Input;
        return new ExtractionInput(passages, first.Today, first.Roster, first.Partners);
    }
}
