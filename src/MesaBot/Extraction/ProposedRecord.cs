using MesaBot.Records;

namespace MesaBot.Extraction;

public enum ProposedKind
{
    Agreement,
    ActionItem,
    Commitment,
}

/// <summary>
/// One record the prose seems to state, for the user to confirm: its kind, its text without the cue
/// phrase ("Se acuerda", "queda a cargo de"), who answers for it (a roster person for a tarea, the
/// partner's directory spelling for a compromiso), the due date when one was said, and where it was read.
/// </summary>
public sealed record ProposedRecord(ProposedKind Kind, string Text, SourceSpan Source)
{
    public Person? Owner { get; init; }

    /// <summary>The partner as the directory spells it ("Cámara Chilena de la Construcción" for "la CChC").</summary>
    public string? Partner { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>The date phrase that gave <see cref="DueDate"/> ("el viernes"), or one that could not be read ("para marzo").</summary>
    public string? DatePhrase { get; init; }
}

/// <summary>The sentence a proposal came from: the passage's index, and the sentence's start and length in that passage's text.</summary>
public readonly record struct SourceSpan(int Passage, int Start, int Length);
