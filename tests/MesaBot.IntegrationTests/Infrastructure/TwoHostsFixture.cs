namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// App Service scale-out in process: two hosts on one table prefix and one fake Bot Framework. Conversations
/// made on this fixture talk to the first host; <see cref="Second"/> receives what the load balancer sends elsewhere.
/// </summary>
public sealed class TwoHostsFixture : IAsyncLifetime
{
    public BotHostFixture First { get; } = new();
    public MesaBotFactory SecondHost { get; private set; } = null!;
    public BotClient Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        SecondHost = new MesaBotFactory(First.BotFramework) { TablePrefix = First.Host.TablePrefix };
        Second = new BotClient(SecondHost.CreateClient(), First.BotFramework);
    }

    public async Task DisposeAsync()
    {
        await SecondHost.DisposeAsync();
        await First.DisposeAsync();
    }
}
