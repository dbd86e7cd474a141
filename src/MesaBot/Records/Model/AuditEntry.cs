namespace MesaBot.Records;

public enum AuditAction
{
    Created,
    TextChanged,
    StatusChanged,
    DueDateChanged,
    OwnerChanged,
    Renamed,
    CoordinatorAdded,
    CoordinatorRemoved,
    ConversationLinked,
    ConversationUnlinked,
    PartnerAdded,
    RemindersChanged,
    Archived,
    LanguageChanged,
    GuestsChanged,
    Annulled,
    FollowUpMarked,
    FollowUpRemoved,

    // Sessions (Records/Sessions): their history lines are "log|S|n|…" in the mesa's partition.
    SessionOpened,
    SessionClosed,
    AttendanceChanged,
    NextSessionSet,
    ActaApproved,
    ActaCorrected,
}

/// <summary>One appended line of history: who changed what, when (UTC), from what to what.</summary>
public sealed record AuditEntry(string Subject, AuditAction Action, Person By, DateTimeOffset At, string? OldValue, string? NewValue)
{
    /// <summary>The record's revision this change produced (its Version after it): what a card drawn at an older version missed.</summary>
    public long Revision { get; init; }

    /// <summary>
    /// A change of the accountable person: the Entra object ids before and after (the values are names, and
    /// two people may share one). Null on other lines and on lines written before ids were kept.
    /// </summary>
    public string? OldPersonId { get; init; }

    public string? NewPersonId { get; init; }
}

/// <summary>A change a store is about to make, before it knows who and when.</summary>
internal sealed record AuditChange(AuditAction Action, string? OldValue, string? NewValue)
{
    /// <summary>A person change: who, by identity, the values name (see <see cref="AuditEntry.OldPersonId"/>).</summary>
    public static AuditChange Of(AuditAction action, Person old, Person now) =>
        new(action, old.Name, now.Name) { OldPersonId = old.ObjectId, NewPersonId = now.ObjectId };

    public string? OldPersonId { get; init; }

    public string? NewPersonId { get; init; }
}
