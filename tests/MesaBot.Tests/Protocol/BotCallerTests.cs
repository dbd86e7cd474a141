using MesaBot.Protocol;
using MesaBot.Protocol.Authentication;

namespace MesaBot.Tests.Protocol;

public sealed class BotCallerTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", "msteams", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://SMBA.trafficmanager.net/amer", "msteams", true)]
    // Issue 13: the whole URL is compared, as the Bot Framework SDKs do (until then only the origin was).
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/emea/", "msteams", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net:444/amer/", "msteams", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://evil.example.org/amer/", "msteams", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "http://smba.trafficmanager.net/amer/", "msteams", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", "webchat", false)]
    [InlineData(null, "https://smba.trafficmanager.net/amer/", "msteams", false)]
    public void MayDeliver_ComparesWholeServiceUrlAndEndorsement(string? claimed, string actual, string channel, bool expected)
    {
        var caller = new BotCaller(claimed, ["msteams"]);

        Assert.Equal(expected, caller.MayDeliver(new Activity { ServiceUrl = actual, ChannelId = channel }));
    }
}
