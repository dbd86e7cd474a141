using MesaBot.Bot.Chat;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using Microsoft.Extensions.Caching.Memory;
using Moq;

namespace MesaBot.Tests.Bot;

/// <summary>The host's memory cache is bounded in roster members (issue 17): every entry must say its size.</summary>
public sealed class RosterCacheTests
{
    private static IReadOnlyList<ChannelAccount> Members(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ChannelAccount { Id = $"29:m{i}", Name = $"Persona {i}" })];

    [Fact]
    public async Task CachedMembers_InASizeLimitedCache_AreKeptAndCountedByMember()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.GetMembersAsync("https://smba.example/", "19:canal", It.IsAny<CancellationToken>())).ReturnsAsync(Members(40));
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = ConversationRoster.CachedMembersLimit });

        var first = await ConversationRoster.CachedMembersAsync(connector.Object, cache, "https://smba.example/", "19:canal", CancellationToken.None);
        var second = await ConversationRoster.CachedMembersAsync(connector.Object, cache, "https://smba.example/", "19:canal", CancellationToken.None);

        Assert.Same(first, second);
        connector.Verify(c => c.GetMembersAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task CachedMembers_ARosterLargerThanTheWholeLimit_IsNotKept()
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.GetMembersAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Members(30));
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 20 });

        await ConversationRoster.CachedMembersAsync(connector.Object, cache, "https://smba.example/", "19:canal", CancellationToken.None);
        await ConversationRoster.CachedMembersAsync(connector.Object, cache, "https://smba.example/", "19:canal", CancellationToken.None);

        connector.Verify(c => c.GetMembersAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
