namespace MesaBot.Records;

/// <summary>
/// A compromiso: what an external partner promised the mesa, and which mesa member follows it up
/// (that member, not the partner, is reminded).
/// </summary>
public sealed record Commitment(
    int Number,
    string Partner,
    string? ContactName,
    string? ContactEmail,
    string Text,
    DateOnly DueDate,
    ItemStatus Status,
    Person FollowedBy,
    Person CreatedBy,
    DateTimeOffset CreatedAt,
    Person? CompletedBy,
    DateTimeOffset? CompletedAt,
    string Version)
{
    /// <summary>The Teams message it was saved from ("Registrar en MesaBot"), when there is one.</summary>
    public string? SourceMessageUrl { get; init; }

    public RecordRef Ref => new(RecordKind.Commitment, Number);

    public bool IsOpen => Status.IsOpen();
}

public sealed record NewCommitment(
    string Partner,
    string Text,
    DateOnly DueDate,
    Person FollowedBy,
    string? ContactName = null,
    string? ContactEmail = null,
    string? SourceMessageUrl = null);
