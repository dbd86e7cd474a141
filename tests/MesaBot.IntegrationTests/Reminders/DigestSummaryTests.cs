using System.Text.Json;
using Azure.Data.Tables;
using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Digest;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>
/// The digest read from the summaries (DigestSummaryStore) against a full recount of the records, over a
/// simulated month of changes through the real stores on Azurite: both Chilean clock changes, holidays, and
/// changes just after midnight, when a wrong day boundary would move an item from one week to the next.
/// </summary>
public sealed class DigestSummaryTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly Person[] People = [RecordsHarness.Ana, RecordsHarness.Beto, RecordsHarness.Carla];
    private static readonly string[] Partners = ["CChC", "Corfo", "Cruz Roja"];

    // Hours of the day the changes happen at: just after midnight (the DST change in Chile is at 00:00), morning, late night.
    private static readonly int[] Hours = [0, 1, 9, 23];

    [Theory]
    // April: summer time ends on Sunday 5 April 2026; Good Friday 3 April and Holy Saturday are holidays.
    [InlineData("2026-03-16", 1)]
    // September: summer time starts on Sunday 6 September 2026 (00:00 does not exist); 18 and 19 September are holidays.
    [InlineData("2026-08-24", 2)]
    public async Task SimulatedMonth_SummaryDigestEqualsFullRecountEveryDay(string startText, int seed)
    {
        // Arrange: two mesas, changes every day for five weeks.
        var h = await RemindersHarness.StartAsync();
        var start = DateOnly.Parse(startText, System.Globalization.CultureInfo.InvariantCulture);
        h.SetLocal(start, 10);
        var (res, _) = await h.SeedMesasAsync();
        var other = await h.Records.CreateMesaAsync("puentes", "PUE", "Puentes");
        Mesa[] mesas = [res, other];
        var random = new Random(seed);
        var compared = 0;
        // A mesa's first digest writes its summary (ReportAsync_MesaFromBeforeSummaries_… covers that read).
        await h.Digests.ReportAsync(RecordsHarness.Tenant, start, Ct);

        for (var day = start.AddDays(1); day < start.AddDays(36); day = day.AddDays(1))
        {
            foreach (var hour in Hours)
            {
                // 00:xx on the September change does not exist and lands at 01:xx: the clock only moves forward.
                var at = MesaBot.Dates.LocalTime.ToInstant(MesaBot.Dates.MesaClock.ChileZone, day, new TimeOnly(hour, random.Next(0, 60)));
                if (at <= h.Time.GetUtcNow())
                {
                    continue;
                }

                h.Time.SetUtcNow(at);
                for (var n = random.Next(0, 4); n > 0; n--)
                {
                    await ChangeSomethingAsync(h, mesas[random.Next(mesas.Length)], day, random);
                }
            }

            // Act and assert: this week so far ("resumen") and the last three complete weeks, as Monday's digest reads them.
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            foreach (var weekStart in new[] { monday, monday.AddDays(-7), monday.AddDays(-14), monday.AddDays(-21) }.Where(w => w >= start))
            {
                await h.Records.Outbox.DrainAsync(Ct);
                var (fromSummaries, requests) = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct));
                var recount = await h.Digests.RecountAsync(RecordsHarness.Tenant, weekStart, Ct);
                Assert.Equal(Content(recount, h.Clock.Today), Content(fromSummaries, h.Clock.Today));
                // Read from the summaries (the mesa list and one query, + 1 per mesa folding its changes), not from the records (4 per mesa).
                Assert.InRange(requests, 2, 2 + mesas.Length);
                compared++;
            }
        }

        Assert.True(compared > 100);
    }

    [Fact]
    public async Task ReportAsync_MesaFromBeforeSummaries_RebuildsOnceThenReadsOneRowRange()
    {
        // Arrange: a mesa with records of every kind and a session, then its summary rows deleted (as rows written before summaries).
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (res, _) = await h.SeedMesasAsync();
        var agreement = await h.Records.Agreements.CreateAsync(res, new NewAgreement("Acuerdo", new DateOnly(2026, 3, 24)), RecordsHarness.Ana, null, Ct);
        var task = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Tarea", RecordsHarness.Beto, new DateOnly(2026, 3, 20)), RecordsHarness.Ana, null, Ct);
        await h.Records.Commitments.CreateAsync(res, new NewCommitment("CChC", "Listado", new DateOnly(2026, 3, 27), RecordsHarness.Carla), RecordsHarness.Ana, null, Ct);
        h.SetLocal(new DateOnly(2026, 3, 24), 11);
        await h.Sessions.OpenAsync(res, new NewSession("Ordinaria"), RecordsHarness.Ana, Ct);
        await h.Sessions.CloseAsync(res, RecordsHarness.Ana, null, null, Ct);
        await h.Records.ActionItems.SetStatusAsync(res, task.Number, ItemStatus.Cumplida, RecordsHarness.Beto, null, Ct);
        await h.Records.Agreements.AnnulAsync(res, agreement.Number, "Repetido", RecordsHarness.Ana, Ct);
        await h.Records.Outbox.DrainAsync(Ct);
        var digests = h.Records.Storage.Table("digests");
        var deleted = 0;
        await foreach (var row in digests.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {RecordKeys.TenantPartition(RecordsHarness.Tenant)}")))
        {
            await digests.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            deleted++;
        }

        var outbox = h.Records.Storage.Table("records").QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {RecordKeys.MesaPartition(res)} and RowKey ge {RecordKeys.DigestOutboxPrefix} and RowKey lt {RecordKeys.UpperBound(RecordKeys.DigestOutboxPrefix)}"));

        h.SetLocal(new DateOnly(2026, 3, 30), 9);
        var weekStart = new DateOnly(2026, 3, 23);
        var recount = await h.Digests.RecountAsync(RecordsHarness.Tenant, weekStart, Ct);

        // Act
        var rebuilt = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct));
        var after = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct));

        // Assert: every change's entry had left the records partition for the digests table (seven: three creates,
        // the session's opening and closing, the closing of the tarea, the annulment). The first read is the
        // records' (the mesa list and the summaries, 4 reads, the summary's write), the second the summaries' alone, same digest.
        Assert.Equal(7, deleted);
        Assert.Empty(await outbox.ToListAsync());
        Assert.Equal(2 + 5, rebuilt.Requests);
        Assert.Equal(2, after.Requests);
        Assert.Equal(Content(recount, h.Clock.Today), Content(rebuilt.Result, h.Clock.Today));
        Assert.Equal(Content(recount, h.Clock.Today), Content(after.Result, h.Clock.Today));
        var mesa = Assert.Single(after.Result.Mesas);
        Assert.Equal([1], mesa.SessionsHeld);
        Assert.Equal([1], mesa.ActasAwaitingApproval);
        Assert.Equal(task.Number, Assert.Single(mesa.Completed).Number);
        Assert.Equal("Repetido", Assert.Single(mesa.Annulled).Annulment!.Reason);
    }

    [Fact]
    public async Task ReportAsync_CommitteeOwnAgreementsPileUp_FoldedThoughLeftOutOfTheDigest()
    {
        // Arrange: the committee (not in its own digest) logs more acuerdos than one transaction can fold away (150).
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 16), 10);
        var (_, committee) = await h.SeedMesasAsync();
        for (var i = 0; i < 150; i++)
        {
            await h.Records.Agreements.CreateAsync(committee, new NewAgreement($"Acuerdo del comité {i}", new DateOnly(2026, 3, 16)), RecordsHarness.Ana, null, Ct);
        }

        await h.Records.Outbox.DrainAsync(Ct);
        var weekStart = new DateOnly(2026, 3, 16);

        // Act
        var first = await h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct);
        var rows = await CommitteeRowsAsync(h, committee);
        var second = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, weekStart, Ct));

        // Assert: the committee's changes became one base row (rebuilt from its records), and later digests read
        // only that; the committee is still not a mesa of its own digest.
        Assert.Equal([RecordKeys.DigestBaseRow(committee.Id)], rows);
        Assert.Equal(2, second.Requests);
        Assert.DoesNotContain(first.Mesas, m => m.Mesa.Id == committee.Id);
        Assert.DoesNotContain(second.Result.Mesas, m => m.Mesa.Id == committee.Id);
    }

    private static async Task<List<string>> CommitteeRowsAsync(RemindersHarness h, Mesa committee)
    {
        var keys = new List<string>();
        await foreach (var row in h.Records.Storage.Table("digests").QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {RecordKeys.TenantPartition(RecordsHarness.Tenant)} and RowKey ge {committee.Id + "|"} and RowKey lt {RecordKeys.UpperBound(committee.Id + "|")}")))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    [Fact]
    public async Task ReportAsync_WeekOlderThanTheSummaryKeeps_ReadsTheRecords()
    {
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 1, 5), 10);
        var (res, _) = await h.SeedMesasAsync();
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Tarea", RecordsHarness.Beto, new DateOnly(2026, 1, 9)), RecordsHarness.Ana, null, Ct);
        h.SetLocal(new DateOnly(2026, 4, 6), 9);
        await h.Digests.ReportAsync(RecordsHarness.Tenant, new DateOnly(2026, 3, 30), Ct);

        var old = await h.Records.RequestsAsync(() => h.Digests.ReportAsync(RecordsHarness.Tenant, new DateOnly(2026, 1, 12), Ct));

        // The summary keeps nine weeks: January is read from the records (the mesa list, the summaries, 4 reads), and is still exact.
        Assert.Equal(2 + 4, old.Requests);
        Assert.Equal(Content(await h.Digests.RecountAsync(RecordsHarness.Tenant, new DateOnly(2026, 1, 12), Ct), h.Clock.Today), Content(old.Result, h.Clock.Today));
        Assert.Equal(1, old.Result.Mesas.Single().Numbers.Overdue);
    }

    private static async Task ChangeSomethingAsync(RemindersHarness h, Mesa mesa, DateOnly today, Random random)
    {
        var who = People[random.Next(People.Length)];
        var tasks = await h.Records.ActionItems.ListAsync(mesa, Ct);
        var promised = await h.Records.Commitments.ListAsync(mesa, Ct);
        var items = tasks.Concat(promised).ToList();
        var store = (OpenItem i) => i.IsCommitment ? h.Records.Commitments : h.Records.ActionItems;
        switch (random.Next(12))
        {
            case 0 or 1 or 2:
                await h.Records.ActionItems.CreateAsync(mesa, new NewActionItem($"Tarea {today:MMdd}-{random.Next(1000)}", who, today.AddDays(random.Next(-4, 15))) { OverdueConfirmed = true }, RecordsHarness.Ana, null, Ct);
                break;
            case 3:
                await h.Records.Commitments.CreateAsync(mesa, new NewCommitment(Partners[random.Next(Partners.Length)], $"Compromiso {random.Next(1000)}", today.AddDays(random.Next(-2, 20)), who) { OverdueConfirmed = true }, RecordsHarness.Ana, null, Ct);
                break;
            case 4:
                await h.Records.Agreements.CreateAsync(mesa, new NewAgreement($"Acuerdo {random.Next(1000)}", today.AddDays(-random.Next(0, 9))), RecordsHarness.Ana, null, Ct);
                break;
            case 5 or 6 when items.FirstOrDefault(i => i.IsOpen && random.Next(3) == 0) is { } open:
                await store(open).SetStatusAsync(mesa, open.Number, random.Next(4) == 0 ? ItemStatus.Cancelada : ItemStatus.Cumplida, who, null, Ct);
                break;
            case 7 when items.FirstOrDefault(i => !i.IsOpen && random.Next(2) == 0) is { } closed:
                await store(closed).SetStatusAsync(mesa, closed.Number, ItemStatus.Pendiente, who, null, Ct);
                break;
            case 8 when items.Count > 0:
                var moved = items[random.Next(items.Count)];
                await store(moved).SetDueDateAsync(mesa, moved.Number, moved.DueDate.AddDays(random.Next(1, 10)), who, null, Ct);
                break;
            case 9 when items.Count > 0:
                var handed = items[random.Next(items.Count)];
                await store(handed).ReassignAsync(mesa, handed.Number, People.First(p => !p.IsSamePerson(handed.Accountable)), RecordsHarness.Ana, null, Ct);
                break;
            case 10 when (await h.Records.Agreements.ListAsync(mesa, Ct)).FirstOrDefault(a => !a.IsAnnulled && random.Next(3) == 0) is { } standing:
                await h.Records.Agreements.AnnulAsync(mesa, standing.Number, "Se repitió", RecordsHarness.Ana, Ct);
                break;
            case 11:
                if (await h.Sessions.OpenSessionAsync(mesa, Ct) is null)
                {
                    await h.Sessions.OpenAsync(mesa, new NewSession(null), RecordsHarness.Ana, Ct);
                }
                else
                {
                    var closedSession = await h.Sessions.CloseAsync(mesa, RecordsHarness.Ana, null, null, Ct);
                    if (closedSession is not null && random.Next(2) == 0)
                    {
                        await h.Sessions.ApproveAsync(mesa, closedSession.Number, closedSession.ActaVersion, new StoredDocument($"acta-{closedSession.Number}", new string('0', 64), 1), RecordsHarness.Ana, Ct);
                    }
                }

                break;
        }
    }

    // Everything the digest shows: the card and the e-mail copy as drawn, and the report's own figures and lists.
    internal static string Content(DigestReport report, DateOnly today) => string.Join('\n',
        DigestCard.Build(report, today).ToJson().ToJsonString(),
        JsonSerializer.Serialize(DigestMailMapping.ToMail(report)),
        JsonSerializer.Serialize(report.Mesas.Select(m => new
        {
            m.Mesa.Code,
            m.Numbers,
            m.Previous,
            m.DueNextWeek,
            Agreements = m.Agreements.Select(a => (a.Number, a.Text, a.AgreedOn, a.Author.Name)).ToList(),
            Completed = m.Completed.Select(c => (c.Number, c.Text, c.CompletedAt)).ToList(),
            Annulled = m.Annulled.Select(a => (a.Number, a.Text, a.Annulment!.Reason, a.Annulment.At)).ToList(),
            m.ByOwner,
            m.ByPartner,
            m.Attention,
            m.SessionsHeld,
            m.ActasAwaitingApproval,
        }), new JsonSerializerOptions { IncludeFields = true }));
}
