using System.Diagnostics;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Reminders.Delivery;
using MesaBot.Storage;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>Faults that need real seconds: a lease expiring after its holder dies, and Azurite down for 30 s.</summary>
[Trait("Category", "Faults")]
public sealed class ReminderFaultTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Lease_HolderStopsRenewing_AnotherHostTakesOverWithinTheLease()
    {
        // Arrange: host A takes a 15 s lease, then "dies" (never renews or releases).
        var h = await RemindersHarness.StartAsync(o => { o.LeaseDuration = TimeSpan.FromSeconds(15); o.TickInterval = TimeSpan.FromSeconds(5); });
        var a = h.Host();
        var b = h.Host();
        Assert.True(await a.Lease.TryHoldAsync(Ct));
        var clock = Stopwatch.StartNew();

        // Act: B tries every second, as its ticks would.
        var bLeads = false;
        while (!bLeads && clock.Elapsed < TimeSpan.FromSeconds(40))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            bLeads = await b.Lease.TryHoldAsync(Ct);
        }

        // Assert
        Assert.True(bLeads);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(25));
        Assert.False(await a.Lease.TryHoldAsync(Ct));
    }

    [Fact]
    public async Task AzuriteStopped30Seconds_Restarted_NothingLostNothingDoubled()
    {
        // Arrange: our own Azurite on disk, with 12 reminders planned and 4 delivered.
        var dir = Directory.CreateTempSubdirectory("mesabot-azurite-");
        int blob = SharedAzurite.FreePort(), queue = SharedAzurite.FreePort(), table = SharedAzurite.FreePort();
        var azurite = StartAzurite(dir.FullName, blob, queue, table);
        try
        {
            var h = await RemindersHarness.StartAsync(connectionString: AzuriteConnection.ConnectionStringFor(blob, queue, table));
            h.SetLocal(new DateOnly(2026, 3, 20), 12);
            var (res, _) = await h.SeedMesasAsync();
            for (var i = 0; i < 12; i++)
            {
                await h.Records.ActionItems.CreateAsync(res, new NewActionItem($"Tarea {i + 1}", RecordsHarness.Beto, new DateOnly(2026, 3, 26)), RecordsHarness.Ana, null, Ct);
            }

            h.SetLocal(new DateOnly(2026, 3, 26), 9);
            var host = h.Host();
            await host.Scheduler.RunOnceAsync(h.Time.GetUtcNow(), Ct);
            var sent = 0;
            host.Worker.AbandonAfterMarking = _ => Interlocked.Increment(ref sent) > 4;
            await host.Worker.DrainAsync(Ct);
            host.Worker.AbandonAfterMarking = null;
            await Task.Delay(TimeSpan.FromSeconds(6)); // Azurite writes its files every ~5 s

            // Act: stop it (SIGTERM, by its id); the worker fails meanwhile; restart on the same files.
            Stop(azurite);
            var failures = 0;
            var down = Stopwatch.StartNew();
            while (down.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    await host.Worker.DrainAsync(Ct);
                }
                catch (Exception)
                {
                    failures++;
                }

                await Task.Delay(TimeSpan.FromSeconds(5));
            }

            azurite = StartAzurite(dir.FullName, blob, queue, table);
            h.Time.Advance(h.Options.InFlightTimeout);
            var restarted = h.Host();
            await restarted.Worker.DrainAsync(Ct);
            await restarted.Worker.RecoverAsync(Ct);

            // Assert
            Assert.True(failures > 0);
            Assert.Equal(12, h.Connector.Sent.Count);
            Assert.Equal(12, h.Connector.Sent.Select(s => s.CardJson).Distinct().Count());
            Assert.All(await h.Ledger.AllAsync([new DateOnly(2026, 3, 26)], Ct), r => Assert.Equal(DeliveryState.Sent, r.State));
        }
        finally
        {
            Stop(azurite);
            dir.Delete(recursive: true);
        }
    }

    // On disk, not in memory: the test stops Azurite and needs its data back when it starts again.
    private static Process StartAzurite(string dir, int blob, int queue, int table) =>
        SharedAzurite.Start(blob, queue, table, ["--location", dir]);

    private static void Stop(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            term.WaitForExit();
        }

        if (!process.WaitForExit(10_000))
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
