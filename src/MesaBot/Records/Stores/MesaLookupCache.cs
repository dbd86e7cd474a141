using System.Collections.Concurrent;

namespace MesaBot.Records.Stores;

/// <summary>
/// Conversation → mesa, remembered for 30 seconds: every chat turn starts with this lookup, and a busy
/// channel asks it many times a minute. This host forgets a mesa the moment it changes it; another host
/// sees a change at most 30 s late (a change made from a stale copy is refused as concurrent, and the
/// copy is dropped, so the next try reads afresh). Bounded by count too: past <see cref="MaxEntries"/>
/// conversations it starts over rather than grow (expired entries are otherwise only replaced, never removed).
/// </summary>
internal sealed class MesaLookupCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string Tenant, string Key), (Mesa Mesa, DateTimeOffset Expires)> _entries = new();

    public bool TryGet(string tenantId, string key, out Mesa mesa)
    {
        if (_entries.TryGetValue((tenantId, key), out var entry) && entry.Expires > time.GetUtcNow())
        {
            mesa = entry.Mesa;
            return true;
        }

        mesa = null!;
        return false;
    }

    public int Count => _entries.Count;

    public void Remember(string tenantId, string key, Mesa mesa)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[(tenantId, key)] = (mesa, time.GetUtcNow() + Lifetime);
    }

    /// <summary>Drops every copy of the mesa (it is linked to few conversations, so the scan is short).</summary>
    public void Forget(Mesa mesa)
    {
        foreach (var (key, entry) in _entries)
        {
            if (key.Tenant == mesa.TenantId && entry.Mesa.Id == mesa.Id)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }
}
