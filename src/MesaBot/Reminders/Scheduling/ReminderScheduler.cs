using MesaBot.Dates;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;
using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Scheduling;

/// <summary>
/// Plans deliveries, one local hour at a time: for each hour not yet done it reads the due-date index
/// (today to today + MaxDaysBefore, and the overdue range — never a scan of the records), keeps the
/// items whose mesa sends at that hour, and records each delivery in the ledger before queueing it.
/// Re-running an hour plans nothing new: the ledger already knows every key.
/// </summary>
public sealed partial class ReminderScheduler(
    PendingIndex index,
    MesaStore mesas,
    ReminderPolicy policy,
    DeliveryLedger ledger,
    DeliveryQueue queue,
    SchedulerCursor cursor,
    MesaClock clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderScheduler> logger)
{
    /// <summary>Plans every hour that has begun by <paramref name="now"/> and was not planned yet. Returns the deliveries queued.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = clock.Zone;
        var current = HourSlot.At(now, zone);
        var (last, etag) = await cursor.ReadAsync(cancellationToken);
        var earliest = HourSlot.At(now - options.Value.MaxCatchUp, zone);
        if (last is null)
        {
            // First run ever: start with the current hour, not with history.
            last = current.Previous();
        }
        else if (last.Instant(zone) < earliest.Instant(zone))
        {
            Log.SkippedHours(logger, last.ToString(), earliest.ToString());
            last = earliest;
        }

        var queued = 0;
        var reads = new Dictionary<DateOnly, IReadOnlyList<PendingItem>>();
        for (var slot = last.Next(); slot.Instant(zone) <= now; slot = slot.Next())
        {
            // Hours caught up in one run share the date's reads: nothing can change between them.
            if (!reads.TryGetValue(slot.Date, out var candidates))
            {
                reads.Clear();
                reads[slot.Date] = candidates = await CandidatesAsync(slot.Date, cancellationToken);
            }

            queued += await PlanAsync(slot, candidates, cancellationToken);
            var moved = await cursor.TryAdvanceAsync(slot, etag, cancellationToken);
            if (moved is null)
            {
                Log.CursorTaken(logger, slot.ToString());
                break;
            }

            etag = moved.Value;
        }

        return queued;
    }

    // Open items overdue on the date or due within MaxDaysBefore of it: 2 + MaxDaysBefore index reads.
    private async Task<IReadOnlyList<PendingItem>> CandidatesAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var candidates = new List<PendingItem>(await index.DueBeforeAsync(date, cancellationToken));
        for (var n = 0; n <= options.Value.MaxDaysBefore; n++)
        {
            candidates.AddRange(await index.DueOnAsync(date.AddDays(n), cancellationToken));
        }

        return candidates;
    }

    private async Task<int> PlanAsync(HourSlot slot, IReadOnlyList<PendingItem> candidates, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var mesaCache = new Dictionary<(string, string), Mesa?>();
        var jobs = new List<DeliveryJob>();
        foreach (var item in candidates)
        {
            var mesa = await MesaAsync(mesaCache, item.TenantId, item.MesaId, cancellationToken);
            if (mesa is null || mesa.Archived || mesa.Reminders.Hour != slot.Hour)
            {
                continue;
            }

            if (policy.KindOn(item.DueDate, slot.Date, mesa.Reminders) is not { } kind)
            {
                continue;
            }

            // Tareas remind their owner; compromisos the member who follows them up and the coordinators.
            var people = item.Ref.Kind == RecordKind.Commitment ? mesa.Coordinators.Prepend(item.Person) : [item.Person];
            foreach (var person in people.DistinctBy(p => p.ObjectId.ToLowerInvariant()))
            {
                jobs.Add(new DeliveryJob(item.TenantId, item.MesaId, item.Ref.ToString(), kind, slot.Date, DeliveryRecipient.ForPerson(person)));
            }
        }

        if (slot.Date.DayOfWeek == o.DigestDay && slot.Hour == o.DigestHour)
        {
            var tenants = o.TenantIds.Concat(candidates.Select(c => c.TenantId)).Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var tenant in tenants)
            {
                jobs.AddRange(WeeklyJobs(await mesas.ListAsync(tenant, cancellationToken), slot.Date));
            }
        }

        var queued = 0;
        foreach (var chunk in jobs.Chunk(DeliveryMessage.PerQueueMessage))
        {
            // The ledger rows first: a crash before the enqueue leaves queued rows that recovery picks up.
            var added = new List<DeliveryMessage>(chunk.Length);
            foreach (var job in chunk)
            {
                if (await ledger.TryAddAsync(job, slot.Instant(clock.Zone), cancellationToken) is { } etag)
                {
                    added.Add(new DeliveryMessage(job, etag));
                }
            }

            await queue.EnqueueAsync(added, cancellationToken);
            queued += added.Count;
        }

        Log.Planned(logger, slot.ToString(), candidates.Count, queued);
        return queued;
    }

    private static IEnumerable<DeliveryJob> WeeklyJobs(IReadOnlyList<Mesa> mesas, DateOnly date)
    {
        foreach (var mesa in mesas.Where(m => !m.Archived && m.Conversations.Count > 0))
        {
            var kind = mesa.Kind == MesaKind.Comite ? ReminderKind.Digest : ReminderKind.OverdueSummary;
            yield return new DeliveryJob(mesa.TenantId, mesa.Id, null, kind, date, DeliveryRecipient.ForConversation(mesa.Conversations[0].Key));
        }
    }

    private async Task<Mesa?> MesaAsync(Dictionary<(string, string), Mesa?> cache, string tenantId, string mesaId, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue((tenantId, mesaId), out var mesa))
        {
            mesa = await mesas.GetAsync(tenantId, mesaId, cancellationToken);
            cache[(tenantId, mesaId)] = mesa;
        }

        return mesa;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Reminder hour {Slot}: {Candidates} open items read, {Queued} deliveries queued.")]
        public static partial void Planned(ILogger logger, string slot, int candidates, int queued);

        [LoggerMessage(2, LogLevel.Warning, "Reminder hours after {Last} up to {Earliest} were not planned: the scheduler was down longer than MaxCatchUp.")]
        public static partial void SkippedHours(ILogger logger, string last, string earliest);

        [LoggerMessage(3, LogLevel.Warning, "Another scheduler moved the cursor past {Slot}; stopping this run.")]
        public static partial void CursorTaken(ILogger logger, string slot);
    }
}
