namespace MesaBot.Documents;

/// <summary>
/// Everything an acta says, already taken from the session's records: the document builders only lay it
/// out (and word the fixed labels in <see cref="Language"/>). Times are the mesa's local time (Santiago);
/// ids are as the mesa writes them ("A-12", "T-34", "C-7"). Lists keep the order they were logged in.
/// </summary>
public sealed record ActaContent
{
    public required string MesaName { get; init; }

    public required string MesaCode { get; init; }

    public required int SessionNumber { get; init; }

    public string? Title { get; init; }

    /// <summary>"es" (es-CL, the default) or "en".</summary>
    public string Language { get; init; } = "es";

    public required DateOnly Date { get; init; }

    public required TimeOnly StartedAt { get; init; }

    /// <summary>Null while the session is still open (a draft built before closing).</summary>
    public TimeOnly? EndedAt { get; init; }

    public required ActaModality Modality { get; init; }

    public IReadOnlyList<string> Attendees { get; init; } = [];

    /// <summary>Members who sent their apologies ("excusas").</summary>
    public IReadOnlyList<string> Apologies { get; init; } = [];

    public IReadOnlyList<ActaPartnerRepresentative> PartnerRepresentatives { get; init; } = [];

    public IReadOnlyList<string> Agenda { get; init; } = [];

    public IReadOnlyList<ActaAgreement> Agreements { get; init; } = [];

    public IReadOnlyList<ActaTask> Tasks { get; init; } = [];

    public IReadOnlyList<ActaCommitment> Commitments { get; init; } = [];

    /// <summary>Items open from earlier sessions and what became of each during this one.</summary>
    public IReadOnlyList<ActaCarriedItem> CarriedForward { get; init; } = [];

    public ActaNextSession? NextSession { get; init; }

    /// <summary>1 for the first acta of the session; a correction is the next number and names the one it replaces.</summary>
    public int Version { get; init; } = 1;

    public int? ReplacesVersion { get; init; }

    /// <summary>Null for a draft (borrador).</summary>
    public ActaApproval? Approval { get; init; }
}

public enum ActaModality
{
    InPerson,
    Online,
    Hybrid,
}

public sealed record ActaPartnerRepresentative(string Partner, string Name);

/// <summary>An acuerdo of the session; <see cref="AnnulledReason"/> is set when it was annulled (it stays, struck through).</summary>
public sealed record ActaAgreement(string Id, string Text, string? AnnulledReason = null);

public sealed record ActaTask(string Id, string Text, string Owner, DateOnly DueDate);

public sealed record ActaCommitment(string Id, string Partner, string? Contact, string Text, DateOnly DueDate, string FollowedBy);

/// <summary>
/// A carried-forward item: its state at the close of the session, and what changed during it, each change
/// already worded by the sessions code with before → after ("vence 10/12 → 20/12", "Ana Díaz → Pedro Rojas").
/// </summary>
public sealed record ActaCarriedItem(string Id, string Text, string Responsible, DateOnly DueDate, ActaOutcome Outcome, IReadOnlyList<string> Changes);

public enum ActaOutcome
{
    StillOpen,
    InProgress,
    Completed,
    Postponed,
    Reassigned,
    Cancelled,
}

public sealed record ActaNextSession(DateOnly Date, TimeOnly? Time = null, string? Place = null);

/// <summary>Who approved the acta and when (the mesa's local time). The file's own hash is kept outside it, in the audit log.</summary>
public sealed record ActaApproval(string ApprovedBy, DateTime ApprovedAtLocal);
