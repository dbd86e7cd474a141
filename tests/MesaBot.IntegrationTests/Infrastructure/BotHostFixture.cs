namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>A fake Bot Framework and a host trusting it, shared by the tests of one class.</summary>
public class BotHostFixture : IAsyncLifetime
{
    public FakeBotFramework BotFramework { get; private set; } = null!;
    public MesaBotFactory Host { get; private set; } = null!;
    public BotClient Client { get; private set; } = null!;

    protected virtual bool Authentication => true;

    protected virtual string[] AllowedTenants => [];

    /// <summary>Settings a fixture adds to its host; read after <see cref="StartDependenciesAsync"/>.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>Fakes a fixture starts before its host (their addresses go into <see cref="Settings"/>).</summary>
    protected virtual Task StartDependenciesAsync() => Task.CompletedTask;

    /// <summary>Stops what <see cref="StartDependenciesAsync"/> started, after the host.</summary>
    protected virtual Task StopDependenciesAsync() => Task.CompletedTask;

    /// <summary>Services a fixture adds to its host, after the host's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        BotFramework = await FakeBotFramework.StartAsync();
        await StartDependenciesAsync();
        Host = new MesaBotFactory(BotFramework, Authentication, AllowedTenants) { ExtraServices = ConfigureServices, ExtraSettings = Settings };
        Client = new BotClient(Host.CreateClient(), BotFramework);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await StopDependenciesAsync();
        await BotFramework.DisposeAsync();
    }
}

public sealed class TenantRestrictedHostFixture : BotHostFixture
{
    protected override string[] AllowedTenants => [TeamsActivities.TenantId];
}

public sealed class UnauthenticatedHostFixture : BotHostFixture
{
    protected override bool Authentication => false;
}
