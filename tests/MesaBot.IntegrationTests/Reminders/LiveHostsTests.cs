using MesaBot.IntegrationTests.Records;
using MesaBot.Reminders.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>
/// When a delivering host may send at its share of the tenant budget (<see cref="LiveHosts"/>): at once when it
/// counts no other host, otherwise after the others have had time to count it and shrink their share.
/// </summary>
public sealed class LiveHostsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Hold = LiveHosts.Refresh + TimeSpan.FromSeconds(2);

    [Fact]
    public async Task HostAlone_IsSettledAtItsFirstCount()
    {
        var (a, _, time) = await TwoHostsAsync();
        Assert.Equal(DateTimeOffset.MaxValue, a.Settled);

        Assert.Equal(1, await a.CountAsync(Ct));

        Assert.Equal(time.GetUtcNow(), a.Settled);
    }

    [Fact]
    public async Task SecondHost_CountsTheFirst_HoldsUntilTheFirstHasRecounted()
    {
        var (a, b, time) = await TwoHostsAsync();
        await a.CountAsync(Ct);
        var aSettled = a.Settled;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, await b.CountAsync(Ct));
        Assert.Equal(time.GetUtcNow() + Hold, b.Settled);

        // The first host keeps sending; at its next refresh it counts the newcomer, before the newcomer may send.
        time.Advance(LiveHosts.Refresh);
        Assert.Equal(2, await a.CountAsync(Ct));
        Assert.True(time.GetUtcNow() < b.Settled);
        Assert.Equal(aSettled, a.Settled);
    }

    [Fact]
    public async Task HostBackAfterExpiry_AnotherStillLive_HoldsAgain()
    {
        var (a, b, time) = await TwoHostsAsync();
        await a.CountAsync(Ct);
        await b.CountAsync(Ct);

        // a goes idle past the expiry while b keeps delivering (renewing its row every refresh).
        for (var idle = TimeSpan.Zero; idle <= LiveHosts.Expiry; idle += LiveHosts.Refresh)
        {
            time.Advance(LiveHosts.Refresh);
            await b.CountAsync(Ct);
        }

        Assert.Equal(2, await a.CountAsync(Ct));
        Assert.Equal(time.GetUtcNow() + Hold, a.Settled);
    }

    [Fact]
    public async Task HostBackAfterExpiry_TheOtherStopped_IsSettledAtOnce()
    {
        var (a, b, time) = await TwoHostsAsync();
        await a.CountAsync(Ct);
        await b.CountAsync(Ct);

        time.Advance(LiveHosts.Expiry + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await a.CountAsync(Ct));
        Assert.Equal(time.GetUtcNow(), a.Settled);
    }

    [Fact]
    public async Task StoppedHostStillWithinExpiry_CountsAndHoldsTheNewcomer()
    {
        var (a, b, time) = await TwoHostsAsync();
        await a.CountAsync(Ct);
        time.Advance(LiveHosts.Expiry - TimeSpan.FromSeconds(1));

        // a stopped without a word; its row is still fresh enough to count, so b must not take the whole budget.
        Assert.Equal(2, await b.CountAsync(Ct));
        Assert.Equal(time.GetUtcNow() + Hold, b.Settled);
    }

    // Two hosts (own clients, own ids) on one table set of the shared Azurite, with one clock.
    private static async Task<(LiveHosts A, LiveHosts B, FakeTimeProvider Time)> TwoHostsAsync()
    {
        var first = await RecordsHarness.StartAsync();
        var second = await first.SecondInstanceAsync();
        await first.Storage.CreateTablesAsync([LiveHosts.TableName], Ct);
        return (new LiveHosts(first.Storage, first.Time), new LiveHosts(second.Storage, first.Time), first.Time);
    }
}
