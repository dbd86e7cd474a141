namespace MesaBot.Records;

/// <summary>
/// Someone in the tenant: the Entra object id is the stable identity; the name is kept as shown at the
/// time, and the Teams "29:" id (when known) lets reminders @mention or message the person.
/// </summary>
public sealed record Person(string ObjectId, string Name, string? TeamsUserId = null)
{
    public bool IsSamePerson(Person other) => string.Equals(ObjectId, other.ObjectId, StringComparison.OrdinalIgnoreCase);
}
