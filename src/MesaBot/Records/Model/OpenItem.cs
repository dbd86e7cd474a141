namespace MesaBot.Records;

/// <summary>
/// A tarea ("T-34", <see cref="RecordKind.ActionItem"/>) or a compromiso ("C-7", <see cref="RecordKind.Commitment"/>):
/// something someone answers for by a date. <see cref="Accountable"/> is the tarea's owner or the mesa member
/// who follows the compromiso up (that member, not the partner, is reminded). Compromisos also carry the
/// partner and its contact; tareas the acuerdo they come from. <see cref="Version"/> is the revision, to pass
/// back as expectedVersion.
/// </summary>
public sealed record OpenItem(
    RecordKind Kind,
    int Number,
    string Text,
    Person Accountable,
    DateOnly DueDate,
    ItemStatus Status,
    Person CreatedBy,
    DateTimeOffset CreatedAt,
    Person? CompletedBy,
    DateTimeOffset? CompletedAt,
    string Version)
{
    /// <summary>Tareas: the acuerdo ("A-3") the tarea carries out, when there is one.</summary>
    public int? AgreementNumber { get; init; }

    /// <summary>Compromisos: the external organisation that promised it, in the directory's spelling.</summary>
    public string? Partner { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    /// <summary>The Teams message it was saved from ("Registrar en MesaBot"), when there is one.</summary>
    public string? SourceMessageUrl { get; init; }

    /// <summary>The numbered session it was logged in (Records/Sessions), when one was open; rows from before sessions have none.</summary>
    public int? SessionNumber { get; init; }

    /// <summary>A time of day written with the due date ("el viernes a las 15:00"), in the mesa's zone; null for most items, and for rows written before it was kept.</summary>
    public TimeOnly? DueTime { get; init; }

    public RecordRef Ref => new(Kind, Number);

    public bool IsOpen => Status.IsOpen();

    public bool IsCommitment => Kind == RecordKind.Commitment;

    /// <summary>Only the accountable person or a coordinator of the mesa may change an item.</summary>
    public bool MayBeChangedBy(Person person, Mesa mesa) => Accountable.IsSamePerson(person) || mesa.IsCoordinator(person.ObjectId);

    /// <exception cref="RecordException"><see cref="RecordErrors.ItemChangeNotAllowed"/> when <see cref="MayBeChangedBy"/> says no.</exception>
    public void EnsureMayBeChangedBy(Person person, Mesa mesa)
    {
        if (!MayBeChangedBy(person, mesa))
        {
            throw RecordException.Invalid(RecordErrors.ItemChangeNotAllowed, mesa.Qualified(Ref), Accountable.Name);
        }
    }

    /// <summary>The index view: the accountable person is the one reminded. Null once closed.</summary>
    public PendingItem? Pending(Mesa mesa) =>
        IsOpen ? new PendingItem(mesa.TenantId, mesa.Id, mesa.Code, Ref, Text, DueDate, Status, Accountable, Partner, long.Parse(Version)) : null;
}

public sealed record NewActionItem(string Text, Person Owner, DateOnly DueDate, int? AgreementNumber = null, string? SourceMessageUrl = null)
{
    /// <summary>
    /// The author chose to record a past due date as already overdue (the bot asked first). Without it a
    /// past date is refused; with it the tarea is created late, and its history shows the due date before
    /// the creation.
    /// </summary>
    public bool OverdueConfirmed { get; init; }

    /// <summary>The time of day written with the due date, if any.</summary>
    public TimeOnly? DueTime { get; init; }

    /// <summary>The session it belongs to when registered after that one closed; null: the open session, if any.</summary>
    public int? ForSession { get; init; }
}

public sealed record NewCommitment(
    string Partner,
    string Text,
    DateOnly DueDate,
    Person FollowedBy,
    string? ContactName = null,
    string? ContactEmail = null,
    string? SourceMessageUrl = null)
{
    /// <summary>As for a tarea: a past due date is recorded only when the author chose it (the bot asked first).</summary>
    public bool OverdueConfirmed { get; init; }

    /// <summary>The time of day written with the due date, if any.</summary>
    public TimeOnly? DueTime { get; init; }

    /// <summary>The session it belongs to when registered after that one closed; null: the open session, if any.</summary>
    public int? ForSession { get; init; }
}
