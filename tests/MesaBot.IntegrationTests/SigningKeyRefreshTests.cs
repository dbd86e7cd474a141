using System.Net;
using System.Security.Cryptography;
using MesaBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.IntegrationTests;

public sealed class SigningKeyRefreshTests
{
    [Fact]
    public async Task KeyRotatedAfterCaching_TokenWithNewKey_AcceptedAfterRefetch()
    {
        await using var botFramework = await FakeBotFramework.StartAsync();
        await using var host = new MesaBotFactory(botFramework);
        var client = new BotClient(host.CreateClient(), botFramework);
        var first = await client.SendAsync(TeamsActivities.ChannelMessage(botFramework.ServiceUrl, "ayuda"));
        var rotated = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-2" };
        botFramework.RotatedInKeys.Enqueue(rotated);

        var activity = TeamsActivities.ChannelMessage(botFramework.ServiceUrl, "ayuda");
        var second = await client.SendAsync(activity, new TestToken { ServiceUrl = activity.ServiceUrl, Key = rotated });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task MetadataUnreachable_ValidLookingToken_Refused401Not500()
    {
        await using var botFramework = await FakeBotFramework.StartAsync();
        var closedPort = SharedAzurite.FreePort();
        await using var host = new MesaBotFactory(botFramework).WithWebHostBuilder(b =>
            b.UseSetting("Bot:OpenIdMetadataUrl", $"http://127.0.0.1:{closedPort}/v1/.well-known/openidconfiguration"));
        var client = new BotClient(host.CreateClient(), botFramework);

        var response = await client.SendAsync(TeamsActivities.ChannelMessage(botFramework.ServiceUrl, "ayuda"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(botFramework.SentActivities());
    }
}
