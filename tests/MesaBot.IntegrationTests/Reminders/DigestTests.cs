using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Digest;

namespace MesaBot.IntegrationTests.Reminders;

public sealed class DigestTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly WeekStart = new(2026, 3, 23); // Monday

    [Fact]
    public async Task BuildAsync_SeededWeek_CountsMatchTheData()
    {
        // Arrange: created the week before (Mon 16 March); things happen during the week of 23 March.
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (res, _) = await h.SeedMesasAsync();
        var ct = Ct;
        await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo previo", new DateOnly(2026, 3, 17)), RecordsHarness.Ana, null, ct);
        var early = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Vence antes", RecordsHarness.Beto, new DateOnly(2026, 3, 20)), RecordsHarness.Ana, null, ct);
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Vence el 25", RecordsHarness.Beto, new DateOnly(2026, 3, 25)), RecordsHarness.Ana, null, ct);
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Vence en abril", RecordsHarness.Carla, new DateOnly(2026, 4, 10)), RecordsHarness.Ana, null, ct);
        var done = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Se cumple", RecordsHarness.Carla, new DateOnly(2026, 3, 27)), RecordsHarness.Ana, null, ct);
        await h.Records.Commitments.CreateAsync(res, new NewCommitment("CChC", "Listado", new DateOnly(2026, 3, 24), RecordsHarness.Beto), RecordsHarness.Ana, null, ct);
        await h.Records.Commitments.CreateAsync(res, new NewCommitment("Corfo", "Fondos", new DateOnly(2026, 5, 4), RecordsHarness.Beto), RecordsHarness.Ana, null, ct);
        h.SetLocal(new DateOnly(2026, 3, 24), 11);
        await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo A", new DateOnly(2026, 3, 24)), RecordsHarness.Ana, null, ct);
        await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo B", new DateOnly(2026, 3, 26)), RecordsHarness.Ana, null, ct);
        await h.Records.ActionItems.SetStatusAsync(res, done.Number, ItemStatus.Cumplida, RecordsHarness.Carla, null, ct);
        h.SetLocal(new DateOnly(2026, 3, 30), 9);

        // Act
        var report = await h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, ct);
        var card = DigestCard.Build(report, h.Clock.Today);

        // Assert: end of week = Monday 30 March 00:00.
        var mesa = Assert.Single(report.Mesas);
        Assert.Equal(["Acuerdo A", "Acuerdo B"], mesa.Agreements.Select(a => a.Text));
        Assert.Equal(done.Number, Assert.Single(mesa.Completed).Number);
        Assert.Equal(new DigestNumbers(Agreements: 2, Completed: 1, Pending: 2, Overdue: 3), mesa.Numbers);
        // Previous week (ended Monday 23 March): 1 agreement, nothing completed; open: 4 tareas + 2 compromisos, "Vence antes" overdue.
        Assert.Equal(new DigestNumbers(Agreements: 1, Completed: 0, Pending: 5, Overdue: 1), mesa.Previous);
        // Owners are named, not mentioned: the digest carries no Teams id.
        Assert.Equal(new OwnerLoad(RecordsHarness.Beto with { TeamsUserId = null }, 0, 2), mesa.ByOwner[0]);
        Assert.Equal(new OwnerLoad(RecordsHarness.Carla with { TeamsUserId = null }, 1, 0), mesa.ByOwner[1]);
        Assert.Equal([new PartnerLoad("Cámara Chilena de la Construcción", 0, 1), new PartnerLoad("Corfo", 1, 0)], mesa.ByPartner);
        Assert.Equal(mesa.Numbers, report.Totals);
        var json = card.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Resiliencia (RES)", json);
        Assert.Contains("2 (+1 vs. semana anterior)", json);
        Assert.Equal(1, early.Number);
    }

    [Fact]
    public async Task BuildAsync_SessionsOfTheWeek_ListsThemAndTheActasAwaitingApproval()
    {
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (res, _) = await h.SeedMesasAsync();
        await h.Sessions.OpenAsync(res, new MesaBot.Records.Sessions.NewSession("La semana anterior"), RecordsHarness.Ana, Ct);
        await h.Sessions.CloseAsync(res, RecordsHarness.Ana, null, null, Ct);
        h.SetLocal(new DateOnly(2026, 3, 24), 10);
        await h.Sessions.OpenAsync(res, new MesaBot.Records.Sessions.NewSession(null), RecordsHarness.Ana, Ct);
        await h.Sessions.CloseAsync(res, RecordsHarness.Ana, null, null, Ct);
        await h.Sessions.ApproveAsync(res, 2, 1, new MesaBot.Records.Sessions.StoredDocument("acta-2", new string('0', 64), 1), RecordsHarness.Ana, Ct);
        h.SetLocal(new DateOnly(2026, 3, 26), 10);
        await h.Sessions.OpenAsync(res, new MesaBot.Records.Sessions.NewSession(null), RecordsHarness.Ana, Ct);
        await h.Sessions.CloseAsync(res, RecordsHarness.Ana, null, null, Ct);

        var report = await h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct);

        var digest = report.Mesas.Single(m => m.Mesa.Id == res.Id);
        Assert.Equal([2, 3], digest.SessionsHeld);
        Assert.Equal([1, 3], digest.ActasAwaitingApproval);
        var json = MesaBot.Reminders.Cards.DigestCard.Build(report, new DateOnly(2026, 3, 30)).ToJson().ToJsonString();
        Assert.Contains("Actas por aprobar: sesiones 1, 3", System.Text.RegularExpressions.Regex.Unescape(json));
    }

    [Fact]
    public async Task BuildAsync_AnnulledAgreements_NotCountedAndListedApart()
    {
        // Arrange: last week's A-1 and this week's A-2 are annulled during the week; A-3 stands.
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 17), 10);
        var (res, _) = await h.SeedMesasAsync();
        var old = await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo previo", new DateOnly(2026, 3, 17)), RecordsHarness.Ana, null, Ct);
        h.SetLocal(new DateOnly(2026, 3, 24), 11);
        var wrong = await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo errado", new DateOnly(2026, 3, 24)), RecordsHarness.Ana, null, Ct);
        await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo vigente", new DateOnly(2026, 3, 25)), RecordsHarness.Ana, null, Ct);
        await h.Records.Agreements.AnnulAsync(res, old.Number, "Se repitió", RecordsHarness.Ana, Ct);
        await h.Records.Agreements.AnnulAsync(res, wrong.Number, "Fecha equivocada", RecordsHarness.Ana, Ct);
        h.SetLocal(new DateOnly(2026, 3, 30), 9);

        // Act
        var report = await h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct);
        var card = DigestCard.Build(report, h.Clock.Today);
        var mail = DigestMailMapping.ToMail(report);

        // Assert: the previous week's count no longer has A-1 either.
        var mesa = Assert.Single(report.Mesas);
        Assert.Equal(["Acuerdo vigente"], mesa.Agreements.Select(a => a.Text));
        Assert.Equal(1, mesa.Numbers.Agreements);
        Assert.Equal(0, mesa.Previous.Agreements);
        Assert.Equal(["Acuerdo previo", "Acuerdo errado"], mesa.Annulled.Select(a => a.Text));
        var json = card.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("RES-A-2 anulado: Acuerdo errado (motivo: Fecha equivocada)", json);
        Assert.DoesNotContain("RES-A-2: Acuerdo errado", json);
        Assert.DoesNotContain(Assert.Single(mail.Mesas).Items, i => i.Title == "Acuerdo errado");
    }

    [Fact]
    public async Task BuildAsync_ManyItems_RequestsGrowWithMesasNotItems()
    {
        // Arrange: two mesas with 1 item each; the first digest writes their summaries.
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (res, _) = await h.SeedMesasAsync();
        var other = await h.Records.CreateMesaAsync("puentes", "PUE", "Puentes");
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Una", RecordsHarness.Beto, new DateOnly(2026, 3, 25)), RecordsHarness.Ana, null, Ct);
        await h.Records.ActionItems.CreateAsync(other, new NewActionItem("Otra", RecordsHarness.Beto, new DateOnly(2026, 3, 25)), RecordsHarness.Ana, null, Ct);
        // The changes' entries are moved first (the hosted DigestOutboxWorker's job, right after each change): the digest's own requests are counted.
        await h.Records.Outbox.DrainAsync(Ct);
        var first = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct));
        var few = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct));
        // Just under the fold threshold of changes per mesa.
        for (var i = 0; i < 2 * (MesaBot.Records.Stores.DigestSummaryStore.CompactAfter - 1); i++)
        {
            await h.Records.ActionItems.CreateAsync(i % 2 == 0 ? res : other, new NewActionItem($"Tarea {i}", RecordsHarness.Carla, new DateOnly(2026, 4, 1)), RecordsHarness.Ana, null, Ct);
        }

        // Act
        await h.Records.Outbox.DrainAsync(Ct);
        var many = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct));
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Una más", RecordsHarness.Carla, new DateOnly(2026, 4, 1)), RecordsHarness.Ana, null, Ct);
        await h.Records.ActionItems.CreateAsync(other, new NewActionItem("Otra más", RecordsHarness.Carla, new DateOnly(2026, 4, 1)), RecordsHarness.Ana, null, Ct);
        await h.Records.Outbox.DrainAsync(Ct);
        var folding = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct));
        var folded = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, WeekStart, Ct));

        // Assert: the mesa list and one query of the tenant's summaries, whatever the mesas and items; without a
        // summary yet (rows from before them) a mesa adds its 4 record reads and the summary's first write;
        // a mesa with CompactAfter changes since the last fold costs one more transaction, once.
        Assert.Equal(2 + (2 * 5), first.Requests);
        Assert.Equal(2, few.Requests);
        Assert.Equal(few.Requests, many.Requests);
        Assert.Equal(2 + 2, folding.Requests);
        Assert.Equal(2, folded.Requests);
        Assert.Equal(21, folded.Result.Mesas.Single(m => m.Mesa.Id == res.Id).Numbers.Pending + folded.Result.Mesas.Single(m => m.Mesa.Id == res.Id).Numbers.Overdue);
    }
}
