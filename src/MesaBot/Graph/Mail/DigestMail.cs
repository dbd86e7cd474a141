namespace MesaBot.Graph;

/// <summary>
/// What the weekly digest e-mail shows, free of records and storage: the reminders' digest maps into it.
/// <see cref="Today"/> is the mesa's local date the digest was made on (it decides "vencida" and the year shown).
/// </summary>
public sealed record DigestMail(DateOnly Today, IReadOnlyList<DigestMailSection> Mesas, string? TeamsLink = null);

/// <summary>One mesa: its counts and the items worth reading (overdue and due soon first).</summary>
public sealed record DigestMailSection(
    string MesaName,
    int Open,
    int Overdue,
    int DueThisWeek,
    int CompletedThisWeek,
    IReadOnlyList<DigestMailItem> Items,
    string? ChannelLink = null);

public sealed record DigestMailItem(DigestItemKind Kind, string Title, string Owner, DateOnly? Due);

public enum DigestItemKind
{
    ActionItem,
    Commitment,
    Agreement,
}
