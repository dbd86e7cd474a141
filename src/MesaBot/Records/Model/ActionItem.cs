namespace MesaBot.Records;

/// <summary>A tarea: who owes what by when. <see cref="Version"/> is its revision, to pass back as expectedVersion.</summary>
public sealed record ActionItem(
    int Number,
    string Text,
    Person Owner,
    DateOnly DueDate,
    ItemStatus Status,
    int? AgreementNumber,
    Person CreatedBy,
    DateTimeOffset CreatedAt,
    Person? CompletedBy,
    DateTimeOffset? CompletedAt,
    string Version)
{
    public RecordRef Ref => new(RecordKind.ActionItem, Number);

    /// <summary>The Teams message it was saved from ("Registrar en MesaBot"), when there is one.</summary>
    public string? SourceMessageUrl { get; init; }

    public bool IsOpen => Status.IsOpen();
}

public sealed record NewActionItem(string Text, Person Owner, DateOnly DueDate, int? AgreementNumber = null, string? SourceMessageUrl = null);
