using System.Net;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

public sealed class TenantAllowListTests(TenantRestrictedHostFixture fixture) : IClassFixture<TenantRestrictedHostFixture>
{
    [Fact]
    public async Task OtherTenant_ValidToken_Refused403_NothingStored()
    {
        var activity = TeamsActivities.ChannelMessage(fixture.BotFramework.ServiceUrl, "ayuda", tenantId: "another-tenant");
        var before = fixture.BotFramework.Calls.Count;

        var response = await fixture.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, fixture.BotFramework.Calls.Count);
    }

    [Fact]
    public async Task AllowedTenant_ValidToken_Answered()
    {
        var activity = TeamsActivities.ChannelMessage(fixture.BotFramework.ServiceUrl, "ayuda");

        var response = await fixture.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.BotFramework.SentActivities(), a => a.ReplyToId == activity.Id);
    }
}
