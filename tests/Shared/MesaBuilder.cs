using MesaBot.Records;

namespace MesaBot.TestData;

/// <summary>
/// A mesa for tests: Resiliencia (RES) in Santiago, in Spanish, no coordinators, links or partners.
/// Set only what the test is about: <c>new MesaBuilder { Coordinators = [Ana] }.Build()</c>.
/// </summary>
public sealed record MesaBuilder
{
    public string TenantId { get; init; } = "tenant";
    public string Id { get; init; } = "resiliencia";
    public string Name { get; init; } = "Resiliencia";
    public MesaKind Kind { get; init; } = MesaKind.Mesa;
    public string Code { get; init; } = "RES";
    public IReadOnlyList<Person> Coordinators { get; init; } = [];
    public IReadOnlyList<ConversationLink> Conversations { get; init; } = [];
    public string TimeZoneId { get; init; } = Mesa.DefaultTimeZoneId;
    public IReadOnlyList<Partner> Partners { get; init; } = [];
    public ReminderSettings Reminders { get; init; } = ReminderSettings.Default;
    public string Language { get; init; } = Mesa.DefaultLanguage;
    public bool Archived { get; init; }
    public string Version { get; init; } = "1";

    public Mesa Build() =>
        new(TenantId, Id, Name, Kind, Code, Coordinators, Conversations, TimeZoneId, Partners, Reminders, Language, Archived, Version);
}
