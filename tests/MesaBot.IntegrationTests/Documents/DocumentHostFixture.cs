using Azure.Storage.Blobs;
using MesaBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MesaBot.IntegrationTests.Documents;

/// <summary>The real host (Graph off, as in Development) on the shared Azurite, with its clock to move links past their expiry.</summary>
public sealed class DocumentHostFixture : IAsyncLifetime
{
    private MesaBotFactory _root = null!;

    public FakeBotFramework BotFramework { get; private set; } = null!;
    public WebApplicationFactory<Program> Host { get; private set; } = null!;
    public HttpClient Browser { get; private set; } = null!;

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _root.Time;

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>The documents container, read directly: what is really stored.</summary>
    public BlobContainerClient Container => new(SharedAzurite.ConnectionString, _root.TablePrefix.ToLowerInvariant() + "-documents");

    public async Task InitializeAsync()
    {
        BotFramework = await FakeBotFramework.StartAsync();
        _root = new MesaBotFactory(BotFramework);
        Host = _root.WithWebHostBuilder(b => b.UseSetting("Documents:PublicBaseUrl", "http://localhost"));
        Browser = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Browser.Dispose();
        await Host.DisposeAsync();
        await _root.DisposeAsync();
        await BotFramework.DisposeAsync();
    }
}
