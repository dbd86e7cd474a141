using System.Collections.Concurrent;
using MesaBot.Conversations;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// The mesas, items and personal chats a batch of deliveries needs, read together: one read per mesa, one
/// query per 14 items of a mesa and per 14 people of a tenant, instead of three point reads per reminder.
/// Anything the batch did not foresee (recovery's single jobs, a chat opened meanwhile) is read on demand
/// and remembered for the rest of the batch. A batch lives for one receive of the queue (seconds), so what it
/// read is as fresh as the point reads it replaces were. The batch's deliveries run side by side, so what is
/// read on demand goes into concurrent maps (two deliveries may read the same row once each: harmless).
/// </summary>
public sealed class DeliveryReads(MesaStore mesas, OpenItemStore items, ConversationStore conversations)
{
    private readonly ConcurrentDictionary<(string Tenant, string Mesa), Mesa?> _mesas = [];
    private readonly ConcurrentDictionary<(string Tenant, string Mesa, RecordKind Kind, int Number), OpenItem?> _items = [];
    private readonly ConcurrentDictionary<(string Tenant, string ObjectId), ConversationReference?> _chats = [];

    /// <summary>Reads, for these jobs, their mesas, the items they remind of and their recipients' personal chats.</summary>
    public async Task PrefetchAsync(IReadOnlyList<DeliveryJob> jobs, CancellationToken cancellationToken)
    {
        foreach (var mesaJobs in jobs.GroupBy(j => (j.TenantId, j.MesaId)))
        {
            if (await MesaAsync(mesaJobs.Key.TenantId, mesaJobs.Key.MesaId, cancellationToken) is not { } mesa)
            {
                continue;
            }

            var wanted = mesaJobs.Where(j => j.Ref is not null).Select(j => RecordRef.Parse(j.Ref!))
                .Where(r => !_items.ContainsKey(ItemKey(mesa, r))).ToList();
            if (wanted.Count > 0)
            {
                foreach (var r in wanted)
                {
                    _items[ItemKey(mesa, r)] = null; // asked for and absent, unless found below
                }

                foreach (var item in await items.GetManyAsync(mesa, wanted, cancellationToken))
                {
                    _items[ItemKey(mesa, item.Ref)] = item;
                }
            }
        }

        foreach (var tenantJobs in jobs.Where(j => j.Recipient.ObjectId is not null).GroupBy(j => j.TenantId, StringComparer.OrdinalIgnoreCase))
        {
            var people = tenantJobs.Select(j => j.Recipient.ObjectId!).Where(p => !_chats.ContainsKey(ChatKey(tenantJobs.Key, p))).ToList();
            if (people.Count == 0)
            {
                continue;
            }

            var found = await conversations.FindPersonalManyAsync(tenantJobs.Key, people, cancellationToken);
            foreach (var person in people)
            {
                _chats[ChatKey(tenantJobs.Key, person)] = found.GetValueOrDefault(person);
            }
        }
    }

    public async Task<Mesa?> MesaAsync(string tenantId, string mesaId, CancellationToken cancellationToken)
    {
        if (!_mesas.TryGetValue((tenantId, mesaId), out var mesa))
        {
            _mesas[(tenantId, mesaId)] = mesa = await mesas.GetAsync(tenantId, mesaId, cancellationToken);
        }

        return mesa;
    }

    public async Task<OpenItem?> ItemAsync(Mesa mesa, RecordRef reference, CancellationToken cancellationToken)
    {
        if (!_items.TryGetValue(ItemKey(mesa, reference), out var item))
        {
            _items[ItemKey(mesa, reference)] = item = await items.GetAsync(mesa, reference, cancellationToken);
        }

        return item;
    }

    public async Task<ConversationReference?> PersonalChatAsync(string tenantId, string objectId, CancellationToken cancellationToken)
    {
        if (!_chats.TryGetValue(ChatKey(tenantId, objectId), out var chat))
        {
            _chats[ChatKey(tenantId, objectId)] = chat = await conversations.FindPersonalAsync(tenantId, objectId, cancellationToken);
        }

        return chat;
    }

    /// <summary>A chat opened during the batch: the person's next reminder in it needs no read.</summary>
    public void RememberPersonalChat(string tenantId, string objectId, ConversationReference chat) =>
        _chats[ChatKey(tenantId, objectId)] = chat;

    private static (string, string, RecordKind, int) ItemKey(Mesa mesa, RecordRef r) => (mesa.TenantId, mesa.Id, r.Kind, r.Number);

    private static (string, string) ChatKey(string tenantId, string objectId) => (tenantId.ToLowerInvariant(), objectId.ToLowerInvariant());
}
