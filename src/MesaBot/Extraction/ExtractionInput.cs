using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Extraction;

/// <summary>
/// What the extractor reads: the prose as one or more <see cref="Passage"/>s (one for pasted text, one per
/// speaker turn for a transcript), the day the meeting or message happened (relative dates such as "el
/// viernes" are read against it), the mesa's roster (owners are matched against it) and its partners.
/// </summary>
public sealed record ExtractionInput(IReadOnlyList<Passage> Passages, DateOnly Today, IReadOnlyList<Person> Roster, PartnerDirectory Partners)
{
    /// <summary>Business days for "en 5 días hábiles"; weekends only when absent.</summary>
    public ChileBusinessCalendar? Calendar { get; init; }

    /// <summary>Pasted text or a chat message, written by <paramref name="speaker"/> when known.</summary>
    public static ExtractionInput OfText(string text, DateOnly today, IReadOnlyList<Person> roster, PartnerDirectory partners, Person? speaker = null) =>
        new([new Passage(text ?? string.Empty, speaker)], today, roster, partners);
}

/// <summary>A piece of prose and who said or wrote it ("yo me encargo" is theirs); null when unknown.</summary>
public sealed record Passage(string Text, Person? Speaker = null);
