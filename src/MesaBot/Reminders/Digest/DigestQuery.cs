using System.Globalization;
using MesaBot.Dates;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;

namespace MesaBot.Reminders.Digest;

/// <summary>
/// Reads the weekly digest of a tenant's mesas, for the Monday message and for "resumen" in the
/// committee's conversation; the caller draws it with DigestCard (in its mesa's language), so the query
/// knows nothing of cards and the card nothing of storage. Storage requests: two, run together, however many
/// mesas and records (after moving this host's entries not moved yet, <see cref="DigestOutbox.DrainAsync"/>): the mesa list and every mesa's summary (<see cref="DigestSummaryStore"/>, one query of the
/// digests table); plus one transaction for each mesa (in the digest or left out of it, as the committee's own) whose summary
/// has <see cref="DigestSummaryStore.CompactAfter"/> changes to fold. A mesa without a summary yet (rows from before it existed), or a week older than the summary
/// keeps, is read whole (four more requests: acuerdos, tareas, compromisos, sessions) and, the first time, its summary written.
/// </summary>
public sealed class DigestQuery(MesaStore mesas, AgreementStore agreements, OpenItemStore items, SessionStore sessions, DigestSummaryStore summaries, DigestOutbox outbox)
{
    private const int MesasReadAtOnce = 8;
    private const int MaxAttentionItems = 8;

    public async Task<DigestReport> ReportAsync(string tenantId, DateOnly weekStart, CancellationToken cancellationToken)
    {
        // This host's changes of the last moments, not moved yet: the digest shows them (no request when none wait).
        await outbox.DrainAsync(cancellationToken);
        var listing = mesas.ListAsync(tenantId, cancellationToken);
        var reading = summaries.ReadAsync(tenantId, cancellationToken);
        var (all, read) = (await listing, await reading);
        var selected = all.Where(m => !m.Archived && m.Kind == MesaKind.Mesa).ToList();
        var digests = new MesaDigest[selected.Count];
        // What is left to do is per mesa (a fold, or the records of a mesa without a summary): several at once.
        await Parallel.ForEachAsync(Enumerable.Range(0, selected.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MesasReadAtOnce, CancellationToken = cancellationToken },
            async (i, token) => digests[i] = await MesaAsync(selected[i], read.GetValueOrDefault(selected[i].Id), weekStart, token));

        // The mesas the digest leaves out (the committee's own, archived ones) gather entries too as their records
        // change: fold those as well, or every digest would read their changes again, for ever.
        foreach (var mesa in all.Except(selected))
        {
            if (read.GetValueOrDefault(mesa.Id) is { } left && left.DeltaKeys.Count >= DigestSummaryStore.CompactAfter)
            {
                await FoldAsync(mesa, left, weekStart, cancellationToken);
            }
        }

        return new DigestReport(tenantId, weekStart, digests);
    }

    private async Task FoldAsync(Mesa mesa, MesaSummary summary, DateOnly weekStart, CancellationToken token)
    {
        if (summary.HasBase)
        {
            await summaries.CompactAsync(mesa, summary, token);
        }
        else
        {
            await RebuildAsync(mesa, summary, await FromRecordsAsync(mesa, weekStart, token), token);
        }
    }

    private Task RebuildAsync(Mesa mesa, MesaSummary? summary, RecordsRead read, CancellationToken token) =>
        // The store keeps only what the digest needs of a session; Records.Stores does not know the Session type.
        summaries.RebuildAsync(mesa, summary, read.Agreed, read.Tasks.Concat(read.Promised),
            read.Held.Select(x => DigestEntry.OfSession(x.Number, x.StartedAt, long.Parse(x.Version, CultureInfo.InvariantCulture), AwaitsApproval(x))), token);

    private async Task<MesaDigest> MesaAsync(Mesa mesa, MesaSummary? summary, DateOnly weekStart, CancellationToken token)
    {
        // The comparison needs the week before too: the summary must reach back to its start.
        if (summary is { HasBase: true } && weekStart.AddDays(-7) >= summary.ValidFrom)
        {
            var digest = WithSessions(
                Summarise(mesa, weekStart, summary.Agreements, summary.Items(RecordKind.ActionItem), summary.Items(RecordKind.Commitment)),
                summary.SessionStarts, summary.AwaitingApproval, weekStart);
            if (summary.DeltaKeys.Count >= DigestSummaryStore.CompactAfter)
            {
                await summaries.CompactAsync(mesa, summary, token);
            }

            return digest;
        }

        var read = await FromRecordsAsync(mesa, weekStart, token);
        if (summary is not { HasBase: true })
        {
            await RebuildAsync(mesa, summary, read, token);
        }

        return read.Digest;
    }

    /// <summary>The digest from the records themselves, never from the summaries: what the summaries must equal (the tests' recount).</summary>
    internal async Task<DigestReport> RecountAsync(string tenantId, DateOnly weekStart, CancellationToken cancellationToken)
    {
        var all = await mesas.ListAsync(tenantId, cancellationToken);
        var digests = new List<MesaDigest>();
        foreach (var mesa in all.Where(m => !m.Archived && m.Kind == MesaKind.Mesa))
        {
            digests.Add((await FromRecordsAsync(mesa, weekStart, cancellationToken)).Digest);
        }

        return new DigestReport(tenantId, weekStart, digests);
    }

    /// <summary>A mesa's records, read whole, and the digest counted from them.</summary>
    private sealed record RecordsRead(MesaDigest Digest, IReadOnlyList<Agreement> Agreed, IReadOnlyList<OpenItem> Tasks, IReadOnlyList<OpenItem> Promised, IReadOnlyList<Session> Held);

    private async Task<RecordsRead> FromRecordsAsync(Mesa mesa, DateOnly weekStart, CancellationToken token)
    {
        var agreed = agreements.ListAsync(mesa, token);
        var tasks = items.ListAsync(mesa, RecordKind.ActionItem, token);
        var promised = items.ListAsync(mesa, RecordKind.Commitment, token);
        var held = sessions.ListAsync(mesa, token);
        var (a, t, c, s) = (await agreed, await tasks, await promised, await held);
        var digest = WithSessions(Summarise(mesa, weekStart, a, t, c),
            [.. s.Select(x => (x.Number, x.StartedAt))], [.. s.Where(AwaitsApproval).Select(x => x.Number)], weekStart);
        return new RecordsRead(digest, a, t, c, s);
    }

    private static bool AwaitsApproval(Session session) => !session.IsOpen && !session.IsApproved;

    // The sessions that started in the week, and every closed session whose acta still awaits approval.
    private static MesaDigest WithSessions(MesaDigest digest, IReadOnlyList<(int Number, DateTimeOffset StartedAt)> held, IReadOnlyList<int> awaiting, DateOnly weekStart)
    {
        var (from, to) = (LocalTime.ToInstant(digest.Mesa.TimeZone, weekStart, TimeOnly.MinValue), LocalTime.ToInstant(digest.Mesa.TimeZone, weekStart.AddDays(7), TimeOnly.MinValue));
        return digest with
        {
            SessionsHeld = [.. held.Where(s => s.StartedAt >= from && s.StartedAt < to).Select(s => s.Number)],
            ActasAwaitingApproval = awaiting,
        };
    }

    private static MesaDigest Summarise(Mesa mesa, DateOnly weekStart, IReadOnlyList<Agreement> agreed, IReadOnlyList<OpenItem> tasks, IReadOnlyList<OpenItem> promised)
    {
        var end = weekStart.AddDays(7);
        var endAt = LocalTime.ToInstant(mesa.TimeZone, end, TimeOnly.MinValue);
        var previousEndAt = LocalTime.ToInstant(mesa.TimeZone, weekStart, TimeOnly.MinValue);
        var previousStartAt = LocalTime.ToInstant(mesa.TimeZone, weekStart.AddDays(-7), TimeOnly.MinValue);

        // An annulled acuerdo is not counted as one (whenever it was annulled); the week's annulments are listed apart.
        var standing = agreed.Where(a => !a.IsAnnulled).ToList();
        var weekAgreements = standing.Where(a => a.AgreedOn >= weekStart && a.AgreedOn < end).ToList();
        var annulled = agreed.Where(a => a.Annulment is { } x && x.At >= previousEndAt && x.At < endAt).ToList();
        var completed = tasks.Where(t => CompletedBetween(t, previousEndAt, endAt)).ToList();
        var openTasks = tasks.Where(t => OpenAt(t.CreatedAt, t.CompletedAt, endAt)).ToList();
        var openCommitments = promised.Where(c => OpenAt(c.CreatedAt, c.CompletedAt, endAt)).ToList();

        var byOwner = openTasks
            .GroupBy(t => t.Accountable.ObjectId.ToLowerInvariant())
            // The digest names owners, never mentions them: the summaries keep no Teams id, so neither does the recount.
            .Select(g => new OwnerLoad(g.First().Accountable with { TeamsUserId = null }, g.Count(t => t.DueDate >= end), g.Count(t => t.DueDate < end)))
            .OrderByDescending(o => o.Overdue).ThenBy(o => o.Owner.Name, StringComparer.CurrentCulture)
            .ToList();
        var byPartner = openCommitments
            .GroupBy(c => c.Partner ?? string.Empty)
            .Select(g => new PartnerLoad(g.Key, g.Count(c => c.DueDate >= end), g.Count(c => c.DueDate < end)))
            .OrderByDescending(p => p.Overdue).ThenBy(p => p.Partner, StringComparer.CurrentCulture)
            .ToList();

        var numbers = Count(weekAgreements.Count, completed.Count, openTasks.Select(t => t.DueDate).Concat(openCommitments.Select(c => c.DueDate)), end);
        var previous = Count(
            standing.Count(a => a.AgreedOn >= weekStart.AddDays(-7) && a.AgreedOn < weekStart),
            tasks.Count(t => CompletedBetween(t, previousStartAt, previousEndAt)),
            tasks.Where(t => OpenAt(t.CreatedAt, t.CompletedAt, previousEndAt)).Select(t => t.DueDate)
                .Concat(promised.Where(c => OpenAt(c.CreatedAt, c.CompletedAt, previousEndAt)).Select(c => c.DueDate)),
            weekStart);
        // What the e-mail copy names: overdue first, then what falls due in the week that starts now.
        var attention = openTasks.Select(t => new DigestAttention(RecordKind.ActionItem, t.Text, t.Accountable.Name, t.DueDate))
            .Concat(openCommitments.Select(c => new DigestAttention(RecordKind.Commitment, c.Text, c.Partner ?? string.Empty, c.DueDate)))
            .Where(a => a.Due < end.AddDays(7))
            .OrderBy(a => a.Due)
            .ToList();
        return new MesaDigest(mesa, weekAgreements, completed, byOwner, byPartner, numbers, previous)
        {
            DueNextWeek = attention.Count(a => a.Due >= end),
            Annulled = annulled,
            Attention = [.. attention.Take(MaxAttentionItems)],
        };
    }

    private static DigestNumbers Count(int agreements, int completed, IEnumerable<DateOnly> openDueDates, DateOnly end)
    {
        var dues = openDueDates.ToList();
        return new DigestNumbers(agreements, completed, dues.Count(d => d >= end), dues.Count(d => d < end));
    }

    private static bool CompletedBetween(OpenItem t, DateTimeOffset from, DateTimeOffset to) =>
        t.Status == ItemStatus.Cumplida && t.CompletedAt is { } at && at >= from && at < to;

    // Open at an instant: created before it and not closed by then. Closing stamps CompletedAt (cumplida or cancelada).
    private static bool OpenAt(DateTimeOffset createdAt, DateTimeOffset? closedAt, DateTimeOffset at) =>
        createdAt < at && (closedAt is null || closedAt >= at);
}
