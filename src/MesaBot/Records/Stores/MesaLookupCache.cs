using System.Collections.Concurrent;

namespace MesaBot.Records.Stores;

/// <summary>
/// Conversation → mesa, remembered for 30 seconds: every chat turn starts with this lookup, and a busy
/// channel asks it many times a minute. This host forgets a mesa the moment it changes it; another host
/// sees a change at most 30 s late (a change made from a stale copy is refused as concurrent, and the
/// copy is dropped, so the next try reads afresh). Bounded by count too: past <see cref="MaxEntries"/>
/// conversations it starts over rather than grow (expired entries are otherwise only replaced, never removed).
/// A miss reads once for everyone: when the 30 s run out in a busy channel, every turn in flight misses at the
/// same moment and would otherwise queue as many identical point reads (50 in the chat benchmark).
/// </summary>
internal sealed class MesaLookupCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string Tenant, string Key), (Mesa Mesa, DateTimeOffset Expires)> _entries = new();
    private readonly ConcurrentDictionary<(string Tenant, string Key), Lazy<Task<Mesa?>>> _reading = new();

    /// <summary>
    /// The copy, or the result of <paramref name="read"/>, started once however many callers miss together
    /// (each waits with its own token; the read itself runs to its end for the others). A mesa found is
    /// remembered; none found, or a failure, is not, so the next miss reads again.
    /// </summary>
    public async Task<Mesa?> GetOrReadAsync(string tenantId, string key, Func<Task<Mesa?>> read, CancellationToken cancellationToken)
    {
        if (TryGet(tenantId, key, out var known))
        {
            return known;
        }

        var id = (tenantId, key);
        Lazy<Task<Mesa?>>? mine = null;
        mine = new Lazy<Task<Mesa?>>(() => ReadAndRememberAsync(id, read, mine!));
        return await _reading.GetOrAdd(id, mine).Value.WaitAsync(cancellationToken);
    }

    private async Task<Mesa?> ReadAndRememberAsync((string Tenant, string Key) id, Func<Task<Mesa?>> read, Lazy<Task<Mesa?>> self)
    {
        try
        {
            var mesa = await read();
            if (mesa is not null)
            {
                Remember(id.Tenant, id.Key, mesa);
            }

            return mesa;
        }
        finally
        {
            // Only this read's own entry: a later miss may already have started the next one.
            _reading.TryRemove(KeyValuePair.Create(id, self));
        }
    }

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
