using Azure.Core;
using MesaBot.Graph;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace MesaBot.Tests.Graph;

public sealed class AzureIdentityGraphTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<TokenCredential> _credential = new();
    private int _issued;
    private int _credentialsMade;

    public AzureIdentityGraphTokenProviderTests() =>
        _credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .Returns((TokenRequestContext ctx, CancellationToken _) =>
            {
                Assert.Equal(["https://graph.microsoft.com/.default"], ctx.Scopes);
                return ValueTask.FromResult(new AccessToken("graph-" + ++_issued, _time.GetUtcNow().AddHours(1)));
            });

    private AzureIdentityGraphTokenProvider Provider() => new(() =>
    {
        _credentialsMade++;
        return _credential.Object;
    }, _time);

    [Fact]
    public async Task GetTokenAsync_WithinLifetime_OneCredentialOneToken()
    {
        var provider = Provider();
        Assert.Equal(0, _credentialsMade);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(["graph-1", "graph-1"], new[] { first, second });
        Assert.Equal(1, _credentialsMade);
    }

    [Fact]
    public async Task GetTokenAsync_FiveMinutesBeforeExpiry_FetchesANewOne()
    {
        var provider = Provider();

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(55));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("graph-2", renewed);
    }
}
