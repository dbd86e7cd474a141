using MesaBot.Bot.Chat;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Bot;

public sealed class RecentTurnsTests
{
    [Fact]
    public void SeenBefore_SameIdWithinWindow_True()
    {
        var turns = new RecentTurns(new FakeTimeProvider());

        Assert.False(turns.SeenBefore("a"));
        Assert.True(turns.SeenBefore("a"));
    }

    [Fact]
    public void SeenBefore_AfterWindow_ForgottenAndFalse()
    {
        var time = new FakeTimeProvider();
        var turns = new RecentTurns(time, window: TimeSpan.FromMinutes(2));
        turns.SeenBefore("a");

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(turns.SeenBefore("a"));
    }

    [Fact]
    public void SeenBefore_MoreIdsThanCapacity_CountBoundedOldestForgotten()
    {
        var turns = new RecentTurns(new FakeTimeProvider(), capacity: 100);

        for (var i = 0; i < 10_000; i++)
        {
            turns.SeenBefore("id" + i);
        }

        Assert.Equal(100, turns.Count);
        Assert.True(turns.SeenBefore("id9999"));
        Assert.False(turns.SeenBefore("id0"));
    }
}
