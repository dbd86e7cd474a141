using MesaBot.Records;
using MesaBot.Records.Stores;
using Microsoft.Extensions.Time.Testing;
using MesaBot.TestData;

namespace MesaBot.Tests.Records;

public sealed class MesaLookupCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private static Mesa Resiliencia(string tenant = "t1") => new MesaBuilder { TenantId = tenant }.Build();

    [Fact]
    public void TryGet_Within30Seconds_ReturnsTheCopy_AfterwardsNot()
    {
        var cache = new MesaLookupCache(_time);
        cache.Remember("t1", "19:canal", Resiliencia());

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.True(cache.TryGet("t1", "19:canal", out var hit));
        Assert.Equal("RES", hit.Code);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cache.TryGet("t1", "19:canal", out _));
    }

    [Fact]
    public void Forget_DropsEveryConversationOfThatMesaOnly()
    {
        var cache = new MesaLookupCache(_time);
        cache.Remember("t1", "19:canal", Resiliencia());
        cache.Remember("t1", "19:chat", Resiliencia());
        cache.Remember("t2", "19:otro", Resiliencia("t2"));

        cache.Forget(Resiliencia());

        Assert.False(cache.TryGet("t1", "19:canal", out _));
        Assert.False(cache.TryGet("t1", "19:chat", out _));
        Assert.True(cache.TryGet("t2", "19:otro", out _));
    }

    [Fact]
    public void Remember_PastMaxEntries_StartsOverInsteadOfGrowing()
    {
        var cache = new MesaLookupCache(_time);
        var mesa = Resiliencia();
        for (var i = 0; i < MesaLookupCache.MaxEntries; i++)
        {
            cache.Remember("t1", $"19:chat-{i}", mesa);
        }

        cache.Remember("t1", "19:one-more", mesa);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("t1", "19:one-more", out _));
        Assert.False(cache.TryGet("t1", "19:chat-0", out _));
    }

    [Fact]
    public async Task GetOrReadAsync_CallersThatMissTogether_ShareOneRead_AndTheMesaIsRemembered()
    {
        var cache = new MesaLookupCache(_time);
        var reads = 0;
        var answer = new TaskCompletionSource<Mesa?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<Mesa?> Read()
        {
            Interlocked.Increment(ref reads);
            return answer.Task;
        }

        var waiting = Enumerable.Range(0, 50).Select(_ => cache.GetOrReadAsync("t1", "19:canal", Read, CancellationToken.None)).ToArray();
        answer.SetResult(Resiliencia());
        var mesas = await Task.WhenAll(waiting);

        Assert.Equal(1, reads);
        Assert.All(mesas, m => Assert.Equal("RES", m!.Code));
        Assert.True(cache.TryGet("t1", "19:canal", out _));
    }

    [Fact]
    public async Task GetOrReadAsync_OneCallerCancelled_TheOthersStillGetTheMesa()
    {
        var cache = new MesaLookupCache(_time);
        var answer = new TaskCompletionSource<Mesa?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();

        var impatient = cache.GetOrReadAsync("t1", "19:canal", () => answer.Task, leaving.Token);
        var patient = cache.GetOrReadAsync("t1", "19:canal", () => throw new InvalidOperationException("a second read"), CancellationToken.None);
        await leaving.CancelAsync();
        answer.SetResult(Resiliencia());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.Equal("RES", (await patient)!.Code);
    }

    [Fact]
    public async Task GetOrReadAsync_AFailureOrNoMesa_IsNotRemembered_TheNextMissReadsAgain()
    {
        var cache = new MesaLookupCache(_time);
        var reads = 0;

        await Assert.ThrowsAsync<TimeoutException>(() => cache.GetOrReadAsync("t1", "19:canal", () =>
        {
            reads++;
            return Task.FromException<Mesa?>(new TimeoutException());
        }, CancellationToken.None));
        Assert.Null(await cache.GetOrReadAsync("t1", "19:canal", () => { reads++; return Task.FromResult<Mesa?>(null); }, CancellationToken.None));
        var found = await cache.GetOrReadAsync("t1", "19:canal", () => { reads++; return Task.FromResult<Mesa?>(Resiliencia()); }, CancellationToken.None);

        Assert.Equal(3, reads);
        Assert.Equal("RES", found!.Code);
    }
}
