using System.Net;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;

namespace MesaBot.IntegrationTests;

/// <summary>Every way a token can be wrong is refused with 401, and the activity leaves no trace.</summary>
public sealed class AuthenticationTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private FakeBotFramework BotFramework => fixture.BotFramework;

    [Fact]
    public async Task ValidToken_BotAdded_Accepted()
    {
        var activity = TeamsActivities.BotAddedToTeam(BotFramework.ServiceUrl);

        var response = await fixture.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> BadTokens() => [.. BadTokenCases.Keys];

    private static readonly Dictionary<string, Func<string, TestToken?>> BadTokenCases = new()
    {
        ["missing"] = _ => null,
        ["expired"] = url => new TestToken { ServiceUrl = url, NotBefore = MesaBotFactory.Start.AddHours(-2), Expires = MesaBotFactory.Start.AddMinutes(-6) },
        ["not yet valid"] = url => new TestToken { ServiceUrl = url, NotBefore = MesaBotFactory.Start.AddMinutes(6), Expires = MesaBotFactory.Start.AddHours(1) },
        ["wrong audience"] = url => new TestToken { ServiceUrl = url, Audience = "some-other-bot" },
        ["wrong issuer"] = url => new TestToken { ServiceUrl = url, Issuer = "https://sts.windows.net/mop-tenant-0001/" },
        ["wrong key"] = url => new TestToken { ServiceUrl = url, Key = TestToken.ForgedKey() },
        ["serviceurl mismatch"] = _ => new TestToken { ServiceUrl = "https://smba.trafficmanager.net/amer/" },
        ["no serviceurl claim"] = _ => new TestToken { ServiceUrl = null },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_Refused401_NothingStoredOrSent(string badness)
    {
        var activity = UniqueInstall();
        var before = BotFramework.Calls.Count;

        var response = await fixture.Client.SendAsync(activity, BadTokenCases[badness](activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, BotFramework.Calls.Count);
        await AssertNotStoredAsync(activity);
    }

    [Fact]
    public async Task ValidToken_KeyNotEndorsedForChannel_Refused401()
    {
        var activity = UniqueInstall();
        activity.ChannelId = "webchat";

        var response = await fixture.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNotStoredAsync(activity);
    }

    [Fact]
    public async Task ForgedToken_ChannelMessage_NoReplySent()
    {
        var activity = TeamsActivities.ChannelMessage(BotFramework.ServiceUrl, "ayuda");
        var before = BotFramework.Calls.Count;

        var response = await fixture.Client.SendAsync(activity, new TestToken { ServiceUrl = activity.ServiceUrl, Key = TestToken.ForgedKey() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, BotFramework.Calls.Count);
    }

    private Activity UniqueInstall() => UnseenInstall.Create(BotFramework);

    private Task AssertNotStoredAsync(Activity activity) => UnseenInstall.AssertNotStoredAsync(fixture, activity);
}
