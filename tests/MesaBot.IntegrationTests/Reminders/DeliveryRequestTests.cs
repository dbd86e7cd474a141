using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>
/// What a reminder costs in Table requests (docs/storage.md, "reminders"): the "sent" mark per reminder, and
/// per queue receive (up to 4 messages of 16 jobs) the claim of its rows (one transaction per date) and its
/// reads: its mesa, its items 14 at a time, its people's chats.
/// </summary>
public sealed class DeliveryRequestTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly Due = new(2026, 3, 26);

    [Fact]
    public async Task Drain_JobsQueuedByTheScheduler_OneRequestPerReminderAndTheClaimAndReadsOncePerBatch()
    {
        // Arrange: 20 tareas due today, 10 for Beto and 10 for Ana, queued by the scheduler (with their rows' ETags).
        var (h, host) = await SeedAsync(RecordsHarness.Beto, RecordsHarness.Ana, perOwner: 10);
        Assert.Equal(20, await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct));
        Assert.Equal(2, (await h.Storage.Queue.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount);
        var before = h.Records.Counter.Count;

        // Act
        var handled = await host.Worker.DrainAsync(Ct);

        // Assert: the scheduler put them 16 to a queue message, and one receive takes both messages: mesa 1
        // + items 2 (14 + 6) + chats 1 + the claim 1 (one transaction: one date); then "sent" for each of the 20.
        Assert.Equal(20, handled);
        Assert.Equal(20, h.Connector.Sent.Count);
        Assert.Equal((1 + 2 + 1 + 1) + 20, h.Records.Counter.Count - before);
        Assert.All(await h.Ledger.AllAsync([Due], Ct), r => Assert.Equal(DeliveryState.Sent, r.State));
    }

    [Fact]
    public async Task Drain_TwoCopiesCarryingTheSameETag_TheSecondReadsTheRowAndSendsNothing()
    {
        // Arrange: the scheduler queued T-1 with its row's ETag; a second copy of that message carries it too.
        var (h, host) = await SeedAsync(RecordsHarness.Beto, RecordsHarness.Ana, perOwner: 1);
        await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
        var job = new DeliveryJob(RecordsHarness.Tenant, "resiliencia", "T-1", ReminderKind.DueToday, Due, DeliveryRecipient.ForPerson(RecordsHarness.Beto));
        var queued = (await h.Ledger.GetAsync(job, Ct))!;
        await host.Queue.EnqueueAsync(job, Ct, queued.ETag);

        // Act
        var handled = await host.Worker.DrainAsync(Ct);

        // Assert: three messages handled, two reminders sent (Beto's T-1 once, Ana's T-2 once).
        Assert.Equal(3, handled);
        Assert.Equal(2, h.Connector.Sent.Count);
        Assert.Single(h.Connector.Sent, s => s.ConversationId == "a:beto");
        Assert.Equal(DeliveryState.Sent, (await h.Ledger.GetAsync(job, Ct))!.State);
    }

    [Fact]
    public async Task Drain_OneRowChangedSinceQueued_TheBatchClaimFailsAndTheOthersAreClaimedOneByOne()
    {
        // Arrange: four tareas queued; then another host claims T-2's row before this worker receives it.
        var (h, host) = await SeedAsync(RecordsHarness.Beto, RecordsHarness.Ana, perOwner: 2);
        Assert.Equal(4, await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct));
        var taken = new DeliveryJob(RecordsHarness.Tenant, "resiliencia", "T-2", ReminderKind.DueToday, Due, DeliveryRecipient.ForPerson(RecordsHarness.Ana));
        var row = (await h.Ledger.GetAsync(taken, Ct))!;
        Assert.NotNull(await h.Ledger.TryMoveAsync(row, DeliveryState.Sending, 1, h.Time.GetUtcNow(), null, null, Ct));
        var before = h.Records.Counter.Count;

        // Act
        var handled = await host.Worker.DrainAsync(Ct);
        var requests = h.Records.Counter.Count - before;

        // Assert: the other three are sent; T-2 is left to the host that holds it (in flight, not resent).
        Assert.Equal(4, handled);
        Assert.Equal(3, h.Connector.Sent.Count);
        Assert.Equal(DeliveryState.Sending, (await h.Ledger.GetAsync(taken, Ct))!.State);
        // Reads 3 (mesa, items, chats) + the failed transaction 1 + T-2's failed claim and its read 2
        // + three claims one by one + three "sent" marks.
        Assert.Equal(3 + 1 + 2 + 3 + 3, requests);
    }

    [Fact]
    public async Task Drain_AMessageOfAnOlderHost_TheBareJob_IsDeliveredThroughTheRowRead()
    {
        // Arrange: a row queued and its message in the format hosts wrote before the ETag rode along.
        var (h, host) = await SeedAsync(RecordsHarness.Beto, RecordsHarness.Ana, perOwner: 1);
        var job = new DeliveryJob(RecordsHarness.Tenant, "resiliencia", "T-1", ReminderKind.DueToday, Due, DeliveryRecipient.ForPerson(RecordsHarness.Beto));
        await h.Ledger.TryAddAsync(job, h.Time.GetUtcNow(), Ct);
        await h.Storage.Queue.SendMessageAsync(job.ToJson(), Ct);

        // Act
        var handled = await host.Worker.DrainAsync(Ct);

        // Assert
        Assert.Equal(1, handled);
        Assert.Single(h.Connector.Sent);
        Assert.Equal(DeliveryState.Sent, (await h.Ledger.GetAsync(job, Ct))!.State);
    }

    /// <summary>RES with tareas due Thursday 26 March 2026 alternating between two owners; the clock at 09:00 that day.</summary>
    private static async Task<(RemindersHarness, ReminderHost)> SeedAsync(Person first, Person second, int perOwner)
    {
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (res, _) = await h.SeedMesasAsync();
        for (var i = 0; i < perOwner * 2; i++)
        {
            var owner = i % 2 == 0 ? first : second;
            await h.Records.ActionItems.CreateAsync(res, new NewActionItem($"Tarea número {i + 1}", owner, Due), RecordsHarness.Ana, null, Ct);
        }

        h.SetLocal(Due, 9);
        return (h, h.Host());
    }
}
