namespace MesaBot.Storage;

/// <summary>Creates every table at start-up (idempotently), so no request pays for it later.</summary>
internal sealed class StorageBootstrapper(TableStorage storage, IEnumerable<RequiredTable> tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        storage.CreateTablesAsync(tables.Select(t => t.Name).Distinct(), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
