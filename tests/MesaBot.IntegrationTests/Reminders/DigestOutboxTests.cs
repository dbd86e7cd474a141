using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;
using Microsoft.Extensions.Logging.Abstractions;
using static MesaBot.IntegrationTests.Reminders.DigestSummaryTests;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>
/// The digest entries of changes travel from the mesa's partition to the digests table after the change
/// (DigestOutbox): a host that dies in between, and two hosts writing the same mesa at once, still end with
/// the digest equal to a full recount of the records.
/// </summary>
public sealed class DigestOutboxTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task HostDiesBeforeMovingTheEntries_SweepFindsThemAndTheRepairMakesTheDigestExact()
    {
        // Arrange: a mesa with a summary, then a tarea closed, a session closed and an acuerdo annulled by a host
        // that dies before moving their entries
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (res, _) = await h.SeedMesasAsync();
        var task = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Tarea", RecordsHarness.Beto, new DateOnly(2026, 3, 20)), RecordsHarness.Ana, null, Ct);
        var agreement = await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo", new DateOnly(2026, 3, 17)), RecordsHarness.Ana, null, Ct);
        await h.Sessions.OpenAsync(res, new NewSession("Ordinaria"), RecordsHarness.Ana, Ct);
        var weekStart = new DateOnly(2026, 3, 16);
        await h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct);
        h.SetLocal(new DateOnly(2026, 3, 18), 12);
        await h.Records.ActionItems.SetStatusAsync(res, task.Number, ItemStatus.Cumplida, RecordsHarness.Beto, null, Ct);
        await h.Sessions.CloseAsync(res, RecordsHarness.Ana, null, null, Ct);
        await h.Records.Agreements.AnnulAsync(res, agreement.Number, "Repetido", RecordsHarness.Ana, Ct);
        h.Records.Outbox.Forget();
        var recount = Content(await h.Digests.RecountAsync(RecordsHarness.Tenant, weekStart, Ct), h.Clock.Today);
        var behind = Content(await h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct), h.Clock.Today);
        var sweep = new IndexSweep(h.Records.Mesas, h.Records.Index, h.Records.RepairQueue, h.Time, NullLogger<IndexSweep>.Instance);
        var tooYoung = await sweep.SweepOnceAsync(Ct);

        // Act: another host's sweep, once the rows are older than a change in progress could be
        h.Time.Advance(IndexSweep.MinimumAge + TimeSpan.FromSeconds(1));
        var found = await sweep.SweepOnceAsync(Ct);
        var report = await h.Records.Repair.RepairIndexesAsync(res, Ct);
        var repaired = await h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct);

        // Assert
        Assert.NotEqual(recount, behind);
        Assert.Equal(0, tooYoung);
        Assert.Equal(1, found);
        Assert.Equal(3, report.DigestEntriesMoved);
        Assert.Equal(recount, Content(repaired, h.Clock.Today));
        var mesa = Assert.Single(repaired.Mesas);
        Assert.Equal([1], mesa.ActasAwaitingApproval);
        Assert.Equal(task.Number, Assert.Single(mesa.Completed).Number);
        Assert.Equal(0, await sweep.SweepOnceAsync(Ct));
    }

    [Fact]
    public async Task TwoHostsChangeTheSameMesaAtOnce_DigestEqualsRecount()
    {
        // Arrange: a second host on the same tables (its own stores, outbox and locks)
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (res, _) = await h.SeedMesasAsync();
        var other = await h.Records.SecondInstanceAsync();
        other.Time.SetUtcNow(h.Time.GetUtcNow());
        var weekStart = new DateOnly(2026, 3, 16);
        await h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct);

        // Act: both create tareas in the mesa at the same time, then each closes some of the other's
        async Task<List<OpenItem>> CreateManyAsync(RecordsHarness host, string who) =>
            [.. await Task.WhenAll(Enumerable.Range(1, 12).Select(i => host.ActionItems.CreateAsync(
                res, new NewActionItem($"Tarea {i} de {who}", RecordsHarness.Beto, new DateOnly(2026, 3, 16 + i)), RecordsHarness.Ana, null, Ct)))];
        var created = await Task.WhenAll(CreateManyAsync(h.Records, "A"), CreateManyAsync(other, "B"));
        await Task.WhenAll(
            Task.WhenAll(created[1].Take(6).Select(t => h.Records.ActionItems.SetStatusAsync(res, t.Number, ItemStatus.Cumplida, RecordsHarness.Beto, null, Ct))),
            Task.WhenAll(created[0].Take(6).Select(t => other.ActionItems.SetStatusAsync(res, t.Number, ItemStatus.Cumplida, RecordsHarness.Beto, null, Ct))));
        await other.Outbox.DrainAsync(Ct);
        var report = await h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct);

        // Assert: 24 distinct numbers, 12 closed, and the summaries say what the records say
        Assert.Equal(24, created.SelectMany(c => c).Select(t => t.Number).Distinct().Count());
        Assert.Equal(Content(await h.Digests.RecountAsync(RecordsHarness.Tenant, weekStart, Ct), h.Clock.Today), Content(report, h.Clock.Today));
        Assert.Equal(12, Assert.Single(report.Mesas).Completed.Count);
    }
}
