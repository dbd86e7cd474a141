using Microsoft.Playwright;

namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>
/// The whole local stack a person would use: Azurite, the MesaBot host (its built binary, Development,
/// auth off), the Microsoft 365 Agents Playground, and headless Debian Chromium driven by Playwright.
/// Every process is stopped by its pid when the suite ends, also after a failed step.
/// </summary>
public sealed class PlaygroundEnvironment : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<ChildProcess> _processes = [];
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string PlaygroundUrl { get; private set; } = string.Empty;

    /// <summary>The bot's /api/messages, for a step only another person could take (the Playground speaks as one user).</summary>
    public string BotMessagesUrl { get; private set; } = string.Empty;

    /// <summary>The one Playground tab the suite's steps share, in order.</summary>
    public PlaygroundChat Chat { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(Repository.Root, "TestResults", "screens");

    /// <summary>The host's storage, for a check only the audit log can answer (the acta's hash).</summary>
    public string StorageConnectionString { get; private set; } = string.Empty;

    /// <summary>This run's table prefix: the host's tables are <c>{prefix}records</c> and so on.</summary>
    public string TablePrefix { get; } = "e2e" + Guid.NewGuid().ToString("N")[..10];

    public async Task InitializeAsync()
    {
        RequireInstalled(ChromiumPath, "apt-get install -y chromium");
        RequireInstalled(Path.Combine(Repository.Root, "node_modules", ".bin", "agentsplayground"), "npm ci");
        var storage = Environment.GetEnvironmentVariable("MESABOT_TEST_STORAGE") ?? StartAzurite();
        StorageConnectionString = storage;

        var botPort = Repository.FreePort();
        var bot = Track(ChildProcess.Start("MesaBot", "dotnet",
            [Path.Combine(Repository.Root, "src", "MesaBot", "bin", Repository.Configuration, "net10.0", "MesaBot.dll"), "--urls", $"http://127.0.0.1:{botPort}"],
            Path.Combine(Repository.Root, "src", "MesaBot"),
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Storage__ConnectionString"] = storage,
                ["Storage__TablePrefix"] = TablePrefix,
                // Quiet output: the console exporter is on in Development unless told otherwise.
                ["Telemetry__Console"] = "false",
            }));
        await Readiness.WaitForHttpAsync($"http://127.0.0.1:{botPort}/healthz", bot, TimeSpan.FromSeconds(60));
        BotMessagesUrl = $"http://127.0.0.1:{botPort}/api/messages";

        var playgroundPort = Repository.FreePort();
        var workDirectory = Directory.CreateTempSubdirectory("mesabot-playground-").FullName;
        File.Copy(Path.Combine(Repository.Root, ".m365agentsplayground.yml"), Path.Combine(workDirectory, ".m365agentsplayground.yml"));
        var playground = Track(ChildProcess.Start("Agents Playground", Path.Combine(Repository.Root, "node_modules", ".bin", "agentsplayground"),
            ["-e", $"http://127.0.0.1:{botPort}/api/messages", "-c", "msteams", "--disable-telemetry"],
            workDirectory,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none", ["TEAMSAPPTESTER_PORT"] = playgroundPort.ToString() }));
        PlaygroundUrl = $"http://localhost:{playgroundPort}";
        await Readiness.WaitForHttpAsync(PlaygroundUrl + "/_internal/v1/config", playground, TimeSpan.FromSeconds(60));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
        Chat = await PlaygroundChat.OpenAsync(this);
    }

    /// <summary>What the processes printed last, for a failure message.</summary>
    public string Diagnostics() => string.Join("\n", _processes.Select(p => p.Tail(25)));

    private string StartAzurite()
    {
        int blob = Repository.FreePort(), queue = Repository.FreePort(), table = Repository.FreePort();
        Track(ChildProcess.Start("Azurite", Path.Combine(Repository.Root, "node_modules", ".bin", "azurite"),
            ["--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
             "--blobPort", blob.ToString(), "--queuePort", queue.ToString(), "--tablePort", table.ToString(),
             "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck"],
            Repository.Root, new Dictionary<string, string>()));
        return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AzuriteKey};BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    private ChildProcess Track(ChildProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private static void RequireInstalled(string path, string howToInstall)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `{howToInstall}` (./test.sh and .ci/run do it).");
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundEnvironment>
{
    public const string Name = "Agents Playground";
}
