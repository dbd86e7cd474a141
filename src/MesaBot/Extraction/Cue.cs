namespace MesaBot.Extraction;

/// <summary>Who a cue says answers for the record: a name found, the speaker ("yo"), or nobody named.</summary>
internal enum ActorKind
{
    None,
    Named,
    Speaker,
    Unit,
}

/// <summary>
/// A cue found in a clause: the record's kind, the characters the cue (with its subject or owner) takes,
/// the infinitive to start the text with ("enviará" → "Enviar"), and who answers. <see cref="StandsAlone"/>
/// says the clause could be a record on its own, which is what lets one sentence hold two.
/// </summary>
internal sealed record Cue(ProposedKind Kind, int Start, int End, ActorKind Actor)
{
    public Mention? Mention { get; init; }

    public string? Verb { get; init; }

    /// <summary>"Se aprueba…": the cue is the acuerdo's own wording and stays in the text.</summary>
    public bool KeepsWording { get; init; }

    public bool StandsAlone { get; init; } = true;

    /// <summary>Subject-first cues ("la CChC enviará", "me encargo de"): the record's text is what follows them.</summary>
    public bool TextFollows { get; init; }

    /// <summary>The owner's name when found apart from the cue ("Tarea: revisar bases (Ana Pérez)"): taken out of the text too.</summary>
    public (int Start, int End)? Remove { get; init; }
}
