using MesaBot.Conversations;
using MesaBot.Protocol;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// The bot added to a channel no other test uses, so "nothing was stored" speaks of this activity
/// alone: the probe of the tests that send refused tokens.
/// </summary>
public static class UnseenInstall
{
    public static Activity Create(FakeBotFramework botFramework)
    {
        var activity = TeamsActivities.BotAddedToTeam(botFramework.ServiceUrl);
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        activity.Conversation!.Id = channel;
        activity.ChannelData = TeamsActivities.Parse($$"""
            { "type": "message", "channelData": { "tenant": { "id": "{{TeamsActivities.TenantId}}" }, "channel": { "id": "{{channel}}" }, "team": { "id": "{{TeamsActivities.TeamId}}" } } }
            """).ChannelData;
        return activity;
    }

    public static async Task AssertNotStoredAsync(BotHostFixture fixture, Activity activity)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ConversationStore>();
        var reference = ConversationReference.From(activity)!;
        Assert.Null(await store.FindAsync(reference.TenantId, reference.Key, CancellationToken.None));
    }
}
