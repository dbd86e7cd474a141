namespace MesaBot.Records;

/// <summary>
/// An open tarea or compromiso as the person and due-date indexes hold it: enough to list it (across
/// mesas) without reading the record. The record stays the truth; act on it through its store.
/// </summary>
public sealed record PendingItem(
    string TenantId,
    string MesaId,
    string MesaCode,
    RecordRef Ref,
    string Text,
    DateOnly DueDate,
    ItemStatus Status,
    Person Person,
    string? Partner,
    long Revision)
{
    /// <summary>"RES-T-34": index rows are read outside the mesa's conversations.</summary>
    public string QualifiedId => Ref.ToQualifiedString(MesaCode);
}
