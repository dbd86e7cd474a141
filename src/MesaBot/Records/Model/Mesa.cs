namespace MesaBot.Records;

/// <summary>
/// A working group (mesa) or committee. <see cref="Version"/> is its revision number:
/// changes made from it fail with a concurrent <see cref="RecordException"/> if someone changed it since.
/// </summary>
public sealed record Mesa(
    string TenantId,
    string Id,
    string Name,
    MesaKind Kind,
    string Code,
    IReadOnlyList<Person> Coordinators,
    IReadOnlyList<ConversationLink> Conversations,
    string TimeZoneId,
    IReadOnlyList<Partner> Partners,
    ReminderSettings Reminders,
    string Language,
    bool Archived,
    string Version)
{
    public const string DefaultTimeZoneId = "America/Santiago";
    public const string DefaultLanguage = "es";

    /// <summary>Whether guests (partners invited to the channel) may log and change records; off unless a coordinator allows it.</summary>
    public bool GuestsMayWrite { get; init; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The calendar date at the mesa right now: due dates are compared with this, never with UTC.</summary>
    public DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone).DateTime);

    public bool IsCoordinator(string objectId) =>
        Coordinators.Any(c => string.Equals(c.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>How a record of this mesa is named outside its own conversations: "RES-T-34".</summary>
    public string Qualified(RecordRef record) => record.ToQualifiedString(Code);
}

/// <summary>What it takes to open a mesa; everything else starts at its default.</summary>
public sealed record NewMesa(string Id, string Name, MesaKind Kind, string Code, IReadOnlyList<Person> Coordinators)
{
    public string TimeZoneId { get; init; } = Mesa.DefaultTimeZoneId;
    public string Language { get; init; } = Mesa.DefaultLanguage;
}
