using Azure.Core;
using MesaBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace MesaBot.Tests.Protocol;

public sealed class AzureIdentityTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<TokenCredential> _credential = new();
    private int _issued;

    public AzureIdentityTokenProviderTests() =>
        _credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .Returns((TokenRequestContext ctx, CancellationToken _) =>
            {
                Assert.Equal(["https://api.botframework.com/.default"], ctx.Scopes);
                return ValueTask.FromResult(new AccessToken("token-" + ++_issued, _time.GetUtcNow().AddHours(1)));
            });

    [Fact]
    public async Task GetTokenAsync_WithinLifetime_ReusesCachedToken()
    {
        var provider = new AzureIdentityTokenProvider(_credential.Object, _time);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, _issued);
    }

    [Fact]
    public async Task GetTokenAsync_FiveMinutesBeforeExpiry_FetchesANewOne()
    {
        var provider = new AzureIdentityTokenProvider(_credential.Object, _time);

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(55));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", renewed);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_OneRequest()
    {
        var provider = new AzureIdentityTokenProvider(_credential.Object, _time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _issued);
    }
}
