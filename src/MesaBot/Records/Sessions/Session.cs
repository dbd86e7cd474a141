namespace MesaBot.Records.Sessions;

/// <summary>
/// A numbered session of a mesa ("Sesión 7"): when it ran, who came, what was on its agenda, and its acta.
/// Every record logged in the mesa while it is open belongs to it; because records are numbered per mesa
/// and kind, a session's records are the numbers from <see cref="FirstNumbers"/> to <see cref="LastNumbers"/>
/// (open-ended until it closes). <see cref="Version"/> is the row's revision, as for records.
/// </summary>
public sealed record Session(int Number, string? Title, DateTimeOffset StartedAt, Person OpenedBy, string Version)
{
    public DateTimeOffset? EndedAt { get; init; }

    public SessionModality Modality { get; init; }

    /// <summary>The Teams meeting that opened it (meetingStart's value.Id), so its meetingEnd closes this one and no other.</summary>
    public string? MeetingId { get; init; }

    /// <summary>The conversation it was opened in (the reference's key), where the idle question is posted; null on rows from before.</summary>
    public string? ConversationKey { get; init; }

    /// <summary>When "¿Cerrar la sesión?" was posted for it by the idle sweep (UTC): it is asked once.</summary>
    public DateTimeOffset? CloseAskedAt { get; init; }

    public IReadOnlyList<SessionPerson> Attendees { get; init; } = [];

    public IReadOnlyList<SessionPerson> Apologies { get; init; } = [];

    public IReadOnlyList<PartnerRepresentative> Representatives { get; init; } = [];

    /// <summary>The items open when it started (carried forward), as they were then.</summary>
    public IReadOnlyList<CarriedItem> Agenda { get; init; } = [];

    /// <summary>The acuerdos marked for follow-up when it started, as they were then; the acta's agenda lists them too.</summary>
    public IReadOnlyList<FollowedAgreement> FollowUps { get; init; } = [];

    public RecordNumbers FirstNumbers { get; init; } = new(1, 1, 1);

    /// <summary>Null while open.</summary>
    public RecordNumbers? LastNumbers { get; init; }

    /// <summary>
    /// The highest number of each kind registered for it after it closed (from its transcript's proposals
    /// card, <see cref="SessionStore.ReachAsync"/>); null when none was. Those records carry its number like the
    /// ones logged while it was open; its records are read up to here.
    /// </summary>
    public RecordNumbers? LateNumbers { get; init; }

    public NextSession? Next { get; init; }

    /// <summary>The acta's version: 1, then one more for each correction.</summary>
    public int ActaVersion { get; init; } = 1;

    /// <summary>The last draft delivered of the current version, if any.</summary>
    public StoredDocument? Draft { get; init; }

    /// <summary>Every approval, oldest first; the one of <see cref="ActaVersion"/> freezes it.</summary>
    public IReadOnlyList<ActaApprovalRecord> Approvals { get; init; } = [];

    public bool IsOpen => EndedAt is null;

    public ActaApprovalRecord? CurrentApproval => Approvals.LastOrDefault(a => a.Version == ActaVersion);

    public bool IsApproved => CurrentApproval is not null;

    /// <summary>The record numbers of <paramref name="kind"/> logged while it was open.</summary>
    public (int First, int? Last) Span(RecordKind kind) => (FirstNumbers.Of(kind), LastNumbers?.Of(kind));

    /// <summary>The numbers its records lie between: the span, reaching past the close to the late ones (the others in there are later sessions').</summary>
    public (int First, int? Last) Reach(RecordKind kind) =>
        (FirstNumbers.Of(kind), LastNumbers?.Of(kind) is { } last ? Math.Max(last, LateNumbers?.Of(kind) ?? 0) : null);

    /// <summary>True when <paramref name="record"/> was logged during this session.</summary>
    public bool Holds(RecordRef record)
    {
        var (first, last) = Span(record.Kind);
        return record.Number >= first && (last is null || record.Number <= last);
    }
}

public enum SessionModality
{
    InPerson,
    Online,
    Hybrid,
}

/// <summary>Someone at (or excused from) a session; the object id is absent for a name typed by hand.</summary>
public sealed record SessionPerson(string Name, string? ObjectId = null)
{
    public bool IsSame(SessionPerson other) =>
        ObjectId is not null && other.ObjectId is not null
            ? string.Equals(ObjectId, other.ObjectId, StringComparison.OrdinalIgnoreCase)
            : string.Equals(Name, other.Name, StringComparison.CurrentCultureIgnoreCase);
}

/// <summary>"CChC: Juan Pérez".</summary>
public sealed record PartnerRepresentative(string Partner, string Name);

/// <summary>An open item on the session's agenda as it stood when the session opened.</summary>
public sealed record CarriedItem(RecordKind Kind, int Number, string Text, string Responsible, DateOnly DueDate, ItemStatus Status, string? Partner = null)
{
    public RecordRef Ref => new(Kind, Number);
}

/// <summary>First (or last) number of each record kind in a session.</summary>
public sealed record RecordNumbers(int Agreements, int ActionItems, int Commitments)
{
    public int Of(RecordKind kind) => kind switch
    {
        RecordKind.Agreement => Agreements,
        RecordKind.ActionItem => ActionItems,
        _ => Commitments,
    };
}

public sealed record NextSession(DateOnly Date, TimeOnly? Time = null);

/// <summary>A document kept for the session: where its bytes are stored and their SHA-256 (lower-case hex).</summary>
public sealed record StoredDocument(string StoredName, string Sha256, long Size);

/// <summary>Who approved which version of the acta, when (UTC), and the document that froze it.</summary>
public sealed record ActaApprovalRecord(int Version, Person By, DateTimeOffset At, StoredDocument Document);

/// <summary>What it takes to open a session; a meeting passes its id, title and start.</summary>
public sealed record NewSession(string? Title, SessionModality Modality = SessionModality.InPerson, string? MeetingId = null, DateTimeOffset? StartedAt = null)
{
    /// <summary>The conversation it opens in, kept so the idle question goes there.</summary>
    public string? ConversationKey { get; init; }
}

/// <summary>
/// What opening answered: the session (the new one, or the one already open when <see cref="AlreadyOpen"/>),
/// and for the agenda the items open at that moment, the acuerdos followed and the sessions whose acta still awaits approval.
/// </summary>
public sealed record SessionOpening(Session Session, bool AlreadyOpen, IReadOnlyList<OpenItem> OpenItems, IReadOnlyList<int> AwaitingApproval)
{
    /// <summary>The acuerdos marked for follow-up, read with the open items (the same request).</summary>
    public IReadOnlyList<FollowedAgreement> FollowUps { get; init; } = [];
}

/// <summary>A session's own records, each kind in the order it was logged.</summary>
public sealed record SessionRecords(IReadOnlyList<Agreement> Agreements, IReadOnlyList<OpenItem> ActionItems, IReadOnlyList<OpenItem> Commitments);
