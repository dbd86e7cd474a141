using MesaBot.Dates;
using MesaBot.IntegrationTests.Records;
using MesaBot.Records;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>
/// The Done-when: a seeded mesa set advanced through a simulated month produces exactly the
/// expected reminders and digests (count, recipients, local times), across Chile's April DST change and
/// the Easter holidays.
/// </summary>
public sealed class SimulatedMonthTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Month_SeededMesas_SendsExactlyTheExpectedMessagesAt0900Local()
    {
        // Arrange: Friday 20 March 2026, noon in Santiago.
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (res, _) = await h.SeedMesasAsync();
        var t1 = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Informe de daños", RecordsHarness.Beto, new DateOnly(2026, 3, 26)), RecordsHarness.Ana, null, Ct);
        var t2 = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Catastro de puentes", RecordsHarness.Carla, new DateOnly(2026, 4, 6)), RecordsHarness.Ana, null, Ct);
        await h.Records.Commitments.CreateAsync(res, new NewCommitment("CChC", "Enviar listado de empresas", new DateOnly(2026, 4, 10), RecordsHarness.Beto), RecordsHarness.Ana, null, Ct);
        var host = h.Host();
        await host.TickAsync(h.Time.GetUtcNow());

        // Act: every day at 09:00 local (and once at noon, when Carla closes T-2).
        for (var day = new DateOnly(2026, 3, 21); day <= new DateOnly(2026, 4, 22); day = day.AddDays(1))
        {
            h.SetLocal(day, 9);
            await host.TickAsync(h.Time.GetUtcNow());
            if (day == new DateOnly(2026, 4, 7))
            {
                h.SetLocal(day, 12);
                await h.Records.ActionItems.SetStatusAsync(res, t2.Number, ItemStatus.Cumplida, RecordsHarness.Carla, null, Ct);
                await host.TickAsync(h.Time.GetUtcNow());
            }
        }

        // Assert
        var beto = "a:beto";
        var ana = "a:ana";
        var carla = "a:1on1-" + RecordsHarness.Carla.ObjectId;
        var expected = new List<(string Date, string To, string What)>();
        void Add(string to, string what, params string[] dates) => expected.AddRange(dates.Select(d => (d, to, what)));
        Add(beto, "T-1", "2026-03-23", "2026-03-25", "2026-03-26", "2026-03-31", "2026-04-06", "2026-04-09", "2026-04-14", "2026-04-17", "2026-04-22");
        Add(carla, "T-2", "2026-04-03", "2026-04-05", "2026-04-06");
        Add(beto, "C-1", "2026-04-07", "2026-04-09", "2026-04-10", "2026-04-15", "2026-04-20");
        Add(ana, "C-1", "2026-04-07", "2026-04-09", "2026-04-10", "2026-04-15", "2026-04-20");
        Add(RemindersHarness.CommitteeChatKey, "digest", "2026-03-23", "2026-03-30", "2026-04-06", "2026-04-13", "2026-04-20");
        Add(RemindersHarness.ChannelKey, "summary", "2026-03-30", "2026-04-06", "2026-04-13", "2026-04-20");

        var sent = h.Connector.Sent.ToList();
        var actual = sent.Select(s => (Local(s.At).ToString("yyyy-MM-dd"), s.ConversationId, Label(s))).ToList();
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.OrderBy(e => e.ToString()), actual.OrderBy(a => a.ToString()));
        Assert.All(sent, s => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(Local(s.At).DateTime)));
        // Each Monday digest also went out once by e-mail to the committee's address, naming the mesa.
        var mails = h.Mail.Sent.ToList();
        Assert.Equal(5, mails.Count);
        Assert.All(mails, m => Assert.Equal([RemindersHarness.CommitteeMail], m.To));
        Assert.All(mails, m => Assert.Contains(res.Name, m.HtmlBody));
        // The DST change (5 April 2026, 00:00 → 23:00 the day before): 09:00 is 12:00 UTC before, 13:00 UTC after.
        Assert.All(sent.Where(s => s.At < new DateTimeOffset(2026, 4, 5, 3, 0, 0, TimeSpan.Zero)), s => Assert.Equal(12, s.At.UtcDateTime.Hour));
        Assert.All(sent.Where(s => s.At > new DateTimeOffset(2026, 4, 5, 3, 0, 0, TimeSpan.Zero)), s => Assert.Equal(13, s.At.UtcDateTime.Hour));
        Assert.Single(h.Connector.Created);
        Assert.Equal(t1.Ref, RecordRef.Parse("T-1"));
    }

    [Fact]
    public async Task SeptemberDstChange_ItemDueMonday_FiresOnceAt0900LocalEachDay()
    {
        // Arrange: Chile moves to summer time at 00:00 on Sunday 6 September 2026 (→ 01:00).
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 9, 1), 12);
        var (res, _) = await h.SeedMesasAsync();
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Plan invierno", RecordsHarness.Beto, new DateOnly(2026, 9, 7)), RecordsHarness.Ana, null, Ct);
        var host = h.Host();
        await host.TickAsync(h.Time.GetUtcNow());

        // Act: every hour, so the skipped hour and the change itself are walked through.
        for (var at = h.Time.GetUtcNow(); at < new DateTimeOffset(2026, 9, 8, 3, 0, 0, TimeSpan.Zero); at = at.AddHours(1))
        {
            h.Time.SetUtcNow(at);
            await host.TickAsync(at);
        }

        // Assert: 4 Sep (3 days before), 6 Sep (1 day before, the change day), 7 Sep (due) — once each, 09:00 local.
        var sent = h.Connector.Sent.Where(s => s.ConversationId == "a:beto").ToList();
        Assert.Equal(["2026-09-04", "2026-09-06", "2026-09-07"], sent.Select(s => Local(s.At).ToString("yyyy-MM-dd")));
        Assert.All(sent, s => Assert.Equal(9, Local(s.At).Hour));
        Assert.Equal([13, 12, 12], sent.Select(s => s.At.UtcDateTime.Hour));
    }

    private static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, MesaClock.ChileZone);

    private static string Label(SentActivity s)
    {
        var json = s.CardJson;
        if (json.Contains("Resumen semanal", StringComparison.Ordinal))
        {
            return "digest";
        }

        if (json.Contains("Vencidas de", StringComparison.Ordinal))
        {
            return "summary";
        }

        return json.Contains("RES-T-1", StringComparison.Ordinal) ? "T-1"
            : json.Contains("RES-T-2", StringComparison.Ordinal) ? "T-2"
            : json.Contains("RES-C-1", StringComparison.Ordinal) ? "C-1"
            : "?";
    }
}
