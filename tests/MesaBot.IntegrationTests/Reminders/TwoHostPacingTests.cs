using MesaBot.IntegrationTests.Records;
using MesaBot.Reminders;
using MesaBot.Reminders.Delivery;
using Microsoft.Extensions.Options;

namespace MesaBot.IntegrationTests.Reminders;

public sealed class TwoHostPacingTests
{
    private const int TenantLimit = 50;

    [Fact]
    public async Task TwoPacers_OneTenantOnOneAzurite_BusiestSecondWithinTenantLimit()
    {
        var a = await RecordsHarness.StartAsync();
        var b = await a.SecondInstanceAsync();
        await a.Storage.CreateTablesAsync([LiveHosts.TableName], CancellationToken.None);
        var time = a.Time; // one clock for both hosts: the pacers only ever read it
        var options = Options.Create(new ReminderOptions { PerTenantPerSecond = TenantLimit, PerConversationPerSecond = 1000, PerConversationPerHour = 100_000 });
        var hosts = new[] { new DeliveryPacer(time, options, new LiveHosts(a.Storage, time)), new DeliveryPacer(time, options, new LiveHosts(b.Storage, time)) };
        var next = new (DateTimeOffset At, PacedSend Send)?[2];
        var sent = new List<DateTimeOffset>();
        var requestsBefore = a.Counter.Count + b.Counter.Count;

        // Each host books one send at a time and sends it when its instant comes, as DeliveryWorker does (the post
        // answering at once).
        var end = time.GetUtcNow() + TimeSpan.FromSeconds(30);
        for (var n = 0; time.GetUtcNow() < end; time.Advance(TimeSpan.FromMilliseconds(10)))
        {
            for (var h = 0; h < 2; h++)
            {
                var now = time.GetUtcNow();
                while (next[h] is { } due && due.At <= now || next[h] is null)
                {
                    if (next[h] is { } booked)
                    {
                        sent.Add(booked.At);
                        booked.Send.Dispose();
                    }

                    var send = await hosts[h].ReserveAsync("a:conv" + n++, "tenant-1", CancellationToken.None);
                    next[h] = (now + send.Wait, send);
                }
            }
        }

        sent.Sort();
        var busiest = sent.Select((at, i) => sent.Skip(i).TakeWhile(s => s < at + TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.InRange(busiest, 1, TenantLimit);
        Assert.True(sent.Count >= 20 * TenantLimit * 0.9, $"only {sent.Count} sends in 30 s");
        // Heartbeats: an upsert and a one-partition query per host every second.
        Assert.InRange(a.Counter.Count + b.Counter.Count - requestsBefore, 2, 2 * 2 * 31);
    }
}
