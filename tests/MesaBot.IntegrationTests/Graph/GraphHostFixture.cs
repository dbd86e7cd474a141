using MesaBot.Graph;
using MesaBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>
/// The real host with Graph switched on and pointed at <see cref="FakeGraph"/>, answering through the fake
/// Bot Framework's connector. Retries wait milliseconds (the handler's clock logic has its own unit tests).
/// </summary>
public sealed class GraphHostFixture : IAsyncLifetime
{
    public const string GraphToken = "graph-test-token";
    public const string CatalogAppId = "f3a7c0de-0000-4000-8000-00000000c0de";
    public const string Sender = "mesabot@mop.gob.cl";
    public const string Committee = "comite.bim@mop.gob.cl";

    private MesaBotFactory _root = null!;

    public FakeBotFramework BotFramework { get; private set; } = null!;
    public FakeGraph Graph { get; private set; } = null!;
    public WebApplicationFactory<Program> Host { get; private set; } = null!;

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>A new member of the tenant, so that no test sees another's cache entries.</summary>
    public GraphUserRecord NewMember(string name = "Ana Pérez")
    {
        var id = Guid.NewGuid().ToString();
        var login = $"user.{id[..8]}";
        return Graph.AddUser(id, name, $"{login}@mop.gob.cl", $"{login}@mop.gob.cl");
    }

    public async Task InitializeAsync()
    {
        BotFramework = await FakeBotFramework.StartAsync();
        Graph = await FakeGraph.StartAsync();
        _root = new MesaBotFactory(BotFramework);
        Host = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Graph:Enabled", "true");
            builder.UseSetting("Graph:BaseUrl", Graph.BaseUrl);
            builder.UseSetting("Graph:TeamsAppCatalogId", CatalogAppId);
            builder.UseSetting("Graph:MailSender", Sender);
            builder.UseSetting("Graph:DigestRecipient", Committee);
            builder.UseSetting("Graph:Retry:BaseDelay", "00:00:00.005");
            builder.UseSetting("Graph:Retry:MaxDelay", "00:00:00.050");
            // Documents delivered outside a turn (these tests call the services directly) need the host's address.
            builder.UseSetting("Documents:PublicBaseUrl", "http://localhost");
            builder.ConfigureServices(services =>
            {
                // These tests wait out Graph's (millisecond) retry delays on the real clock.
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(TimeProvider.System);
                services.RemoveAll<IGraphTokenProvider>();
                services.AddSingleton<IGraphTokenProvider>(new StaticGraphToken());
            });
        });
        _ = Host.Services; // start the host now, not in the first test's timing
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _root.DisposeAsync();
        await Graph.DisposeAsync();
        await BotFramework.DisposeAsync();
    }

    private sealed class StaticGraphToken : IGraphTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(GraphToken);
    }
}
