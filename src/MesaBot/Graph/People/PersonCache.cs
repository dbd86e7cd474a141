using System.Collections.Concurrent;

namespace MesaBot.Graph;

/// <summary>
/// People resolved recently, under every name they were asked by (object id, "29:" id, mail, UPN), so a
/// card full of owners costs one Graph call per person per <see cref="GraphOptions.CacheMinutes"/>.
/// Only people found are kept: someone not found today may be created in the directory tomorrow.
/// </summary>
internal sealed class PersonCache(TimeProvider time, GraphOptions options)
{
    // A ministry has thousands of people, not millions; past this the cache starts over rather than grow.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public static string ObjectIdKey(string objectId) => "oid:" + objectId;

    public static string TeamsKey(string teamsUserId) => "teams:" + teamsUserId;

    public static string AddressKey(string address) => "addr:" + address;

    public bool TryGet(string key, out DirectoryPerson person)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow())
        {
            person = entry.Person;
            return true;
        }

        person = null!;
        return false;
    }

    public void Put(DirectoryPerson person)
    {
        // A later lookup by mail must not forget the "29:" id an earlier mention taught us.
        if (person.Person.TeamsUserId is null && TryGet(ObjectIdKey(person.Person.ObjectId), out var known) && known.Person.TeamsUserId is { } teamsId)
        {
            person = person with { Person = person.Person with { TeamsUserId = teamsId } };
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var entry = new Entry(person, time.GetUtcNow().AddMinutes(options.CacheMinutes));
        foreach (var key in KeysOf(person))
        {
            _entries[key] = entry;
        }
    }

    private static IEnumerable<string> KeysOf(DirectoryPerson person)
    {
        yield return ObjectIdKey(person.Person.ObjectId);
        if (person.Person.TeamsUserId is { } teamsId)
        {
            yield return TeamsKey(teamsId);
        }

        foreach (var address in new[] { person.Mail, person.UserPrincipalName })
        {
            if (!string.IsNullOrWhiteSpace(address))
            {
                yield return AddressKey(address);
            }
        }
    }

    private sealed record Entry(DirectoryPerson Person, DateTimeOffset Expires);
}
