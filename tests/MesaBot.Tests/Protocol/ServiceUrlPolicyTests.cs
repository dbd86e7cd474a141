using MesaBot.Protocol.Connector;

namespace MesaBot.Tests.Protocol;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", false, true)]
    [InlineData("http://smba.trafficmanager.net/amer/", true, false)]
    [InlineData("http://localhost:56150/_connector", true, true)]
    [InlineData("http://127.0.0.1:5000/connector/", true, true)]
    [InlineData("http://localhost:56150/_connector", false, false)]
    [InlineData("http://10.0.0.5/connector/", true, false)]
    [InlineData("not a url", true, false)]
    public void Validate_OnlyHttpsOrLoopbackInDevelopment(string url, bool development, bool allowed)
    {
        var policy = new ServiceUrlPolicy(allowLoopbackHttp: development);

        var ok = Record.Exception(() => policy.Validate(url)) is null;

        Assert.Equal(allowed, ok);
    }
}
