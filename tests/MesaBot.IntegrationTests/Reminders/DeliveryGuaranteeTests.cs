using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>Never lost, never doubled: duplicate messages, two hosts, a host dying mid fan-out, a throttling Connector.</summary>
public sealed class DeliveryGuaranteeTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly Due = new(2026, 3, 26);

    [Fact]
    public async Task Drain_DuplicateQueueMessages_SendsOnce()
    {
        // Arrange
        var (h, host) = await SeedAsync(items: 1);
        await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        var job = new DeliveryJob(RecordsHarness.Tenant, "resiliencia", "T-1", ReminderKind.DueToday, Due, DeliveryRecipient.ForPerson(RecordsHarness.Beto));
        await host.Queue.EnqueueAsync(job, Ct);
        await host.Queue.EnqueueAsync(job, Ct);

        // Act
        var handled = await host.Worker.DrainAsync(Ct);

        // Assert
        Assert.Equal(3, handled);
        Assert.Single(h.Connector.Sent);
    }

    [Fact]
    public async Task TwoHosts_OneLease_OnlyOneSchedulesAndEachReminderIsSentOnce()
    {
        // Arrange
        var (h, a) = await SeedAsync(items: 5);
        var b = h.Host();

        // Act
        var aLeads = await a.Lease.TryHoldAsync(Ct);
        var bLeads = await b.Lease.TryHoldAsync(Ct);
        // Even if both planned (a lease lapsing mid-run), the ledger keeps one delivery per key.
        var queuedByA = await a.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        var queuedByB = await b.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        await Task.WhenAll(a.Worker.DrainAsync(Ct), b.Worker.DrainAsync(Ct));

        // Assert
        Assert.True(aLeads);
        Assert.False(bLeads);
        Assert.Equal(5, queuedByA);
        Assert.Equal(0, queuedByB);
        Assert.Equal(5, h.Connector.Sent.Count);
        await a.Lease.ReleaseAsync(Ct);
        Assert.True(await b.Lease.TryHoldAsync(Ct));
    }

    [Fact]
    public async Task HostKilledMidFanOut_Restarted_DeliversEverythingWithDuplicatesBoundedByInFlight()
    {
        // Arrange: the first host marks the 4th and later deliveries "sending", then dies before calling Teams.
        var (h, dying) = await SeedAsync(items: 10);
        await dying.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        var marked = 0;
        dying.Worker.AbandonAfterMarking = _ => Interlocked.Increment(ref marked) > 3;
        await dying.Worker.DrainAsync(Ct);
        Assert.Equal(3, h.Connector.Sent.Count);

        // Act: a new host starts; after the in-flight timeout its recovery pass finishes the rest.
        var restarted = h.Host();
        await restarted.Worker.RecoverAsync(Ct);
        var beforeTimeout = h.Connector.Sent.Count;
        h.Time.Advance(h.Options.InFlightTimeout);
        await restarted.Worker.RecoverAsync(Ct);

        // Assert
        Assert.Equal(3, beforeTimeout);
        var texts = h.Connector.Sent.Select(s => s.CardJson).ToList();
        Assert.Equal(10, texts.Count);
        for (var n = 1; n <= 10; n++)
        {
            Assert.Single(texts, t => t.Contains($"\"RES-T-{n}\"", StringComparison.Ordinal) || t.Contains($"Tarea RES-T-{n}\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task FlakyConnector_429And500_AllDeliveredNoneTwice()
    {
        // Arrange: 30% of sends fail with 429 or 500 (what is left after the client's own retries).
        var (h, host) = await SeedAsync(items: 20, o => o.MaxAttempts = 12);
        var random = new Random(7);
        h.Connector.BeforeSend = _ =>
        {
            int roll;
            lock (random) // a worker sends several at once; Random is not thread-safe
            {
                roll = random.Next(10);
            }

            if (roll < 2) throw FakeConnector.Throttled();
            if (roll < 3) throw FakeConnector.ServerError();
        };
        await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);

        // Act
        await host.Worker.DrainAsync(Ct);
        for (var i = 0; i < 40; i++)
        {
            h.Time.Advance(h.Options.RetryMaxDelay);
            await host.Worker.RecoverAsync(Ct);
        }

        // Assert
        var rows = await h.Ledger.AllAsync([Due], Ct);
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.Contains(rows, r => r.Attempts > 1);
        Assert.Equal(20, h.Connector.Sent.Count);
        Assert.Equal(20, h.Connector.Sent.Select(s => s.CardJson).Distinct().Count());
    }

    [Fact]
    public async Task AlwaysFailingAndBlocked_RecordedAndShownInWeeklySummary()
    {
        // Arrange: Beto's sends always fail (500); Ana blocked the bot. One commitment reminds both.
        var (h, host) = await SeedAsync(items: 0, o => o.MaxAttempts = 3);
        var res = (await h.Records.Mesas.GetAsync(RecordsHarness.Tenant, "resiliencia", Ct))!;
        await h.Records.Commitments.CreateAsync(res, new NewCommitment("Corfo", "Informe", Due, RecordsHarness.Beto), RecordsHarness.Ana, null, Ct);
        h.Connector.BeforeSend = conversation => throw (conversation == "a:ana" ? FakeConnector.Blocked() : FakeConnector.ServerError());
        await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);

        // Act
        await host.Worker.DrainAsync(Ct);
        for (var i = 0; i < 5; i++)
        {
            h.Time.Advance(h.Options.RetryMaxDelay);
            await host.Worker.RecoverAsync(Ct);
        }

        // Assert
        var rows = await h.Ledger.AllAsync([Due], Ct);
        Assert.Equal(DeliveryState.Failed, Assert.Single(rows, r => r.Job.Recipient.ObjectId == RecordsHarness.Beto.ObjectId).State);
        Assert.Equal(3, rows.Single(r => r.Job.Recipient.ObjectId == RecordsHarness.Beto.ObjectId).Attempts);
        Assert.Equal(DeliveryState.Unreachable, Assert.Single(rows, r => r.Job.Recipient.ObjectId == RecordsHarness.Ana.ObjectId).State);
        var problems = await h.Ledger.ProblemsAsync([Due], Ct);
        Assert.Equal(2, problems.Count);

        // The Monday summary to the mesa's channel names both.
        h.Connector.BeforeSend = null;
        h.SetLocal(new DateOnly(2026, 3, 30), 9);
        await host.TickAsync(h.Time.GetUtcNow());
        var summary = Assert.Single(h.Connector.Sent, s => s.ConversationId == RemindersHarness.ChannelKey);
        Assert.Contains("Beto Soto: falló el envío", summary.CardJson);
        Assert.Contains("Ana Pérez: no podemos escribirle", summary.CardJson);
    }

    [Fact]
    public async Task Deliver_ItemClosedAfterPlanning_SkipsWithoutSending()
    {
        // Arrange
        var (h, host) = await SeedAsync(items: 1);
        await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        var res = (await h.Records.Mesas.GetAsync(RecordsHarness.Tenant, "resiliencia", Ct))!;
        await h.Records.ActionItems.SetStatusAsync(res, 1, ItemStatus.Cumplida, RecordsHarness.Beto, null, Ct);

        // Act
        await host.Worker.DrainAsync(Ct);

        // Assert
        Assert.Empty(h.Connector.Sent);
        Assert.Equal(DeliveryState.Skipped, Assert.Single(await h.Ledger.AllAsync([Due], Ct)).State);
    }

    [Fact]
    public async Task Drain_OneSentOneBlocked_CountedSentAndUnreachable()
    {
        // Arrange
        var (h, host) = await SeedAsync(items: 2);
        using var deliveries = new MesaBot.IntegrationTests.Infrastructure.MeasurementRecorder(h.Telemetry, "mesabot.deliveries");
        await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        var sends = 0;
        h.Connector.BeforeSend = _ =>
        {
            if (Interlocked.Increment(ref sends) == 2)
            {
                throw FakeConnector.Blocked();
            }
        };

        // Act
        await host.Worker.DrainAsync(Ct);

        // Assert
        Assert.Equal(1, deliveries.Sum("outcome", "sent"));
        Assert.Equal(1, deliveries.Sum("outcome", "unreachable"));
    }

    /// <summary>Items of RES owned by Beto, due Thursday 26 March 2026; the clock at 09:00 local that day.</summary>
    private static async Task<(RemindersHarness, ReminderHost)> SeedAsync(int items, Action<MesaBot.Reminders.ReminderOptions>? configure = null)
    {
        var h = await RemindersHarness.StartAsync(configure);
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (res, _) = await h.SeedMesasAsync();
        for (var i = 0; i < items; i++)
        {
            await h.Records.ActionItems.CreateAsync(res, new NewActionItem($"Tarea número {i + 1}", RecordsHarness.Beto, Due), RecordsHarness.Ana, null, Ct);
        }

        h.SetLocal(Due, 9);
        return (h, h.Host());
    }
}
