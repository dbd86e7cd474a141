using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Storage;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MesaBot.LoadTest;

/// <summary>The record stores wired by hand on the host's tables (same account and prefix), for seeding from outside the host process.</summary>
public sealed class RecordStores
{
    private readonly DigestOutbox _outbox;

    public RecordStores(string connectionString, string tablePrefix)
    {
        var time = TimeProvider.System;
        var storage = new TableStorage(
            Options.Create(new StorageOptions { ConnectionString = connectionString, TablePrefix = tablePrefix }),
            new RequestCountingPolicy(),
            new AzuriteConnection(new HostingEnvironment { EnvironmentName = "Development" }, NullLogger<AzuriteConnection>.Instance));
        var repairs = new IndexRepairQueue();
        _outbox = new DigestOutbox(storage, repairs, NullLogger<DigestOutbox>.Instance);
        var writer = new RecordWriter(storage, new PendingIndex(storage), repairs, _outbox, time, NullLogger<RecordWriter>.Instance);
        var partners = new TenantPartners(Options.Create(new PartnerOptions { Partners = [new() { Name = "Corfo", Aliases = [] }] }));
        Mesas = new MesaStore(storage, time);
        Seeder = new MesaSeeder(new OpenItemStore(writer, partners, time));
    }

    public MesaStore Mesas { get; }

    public MesaSeeder Seeder { get; }

    /// <summary>
    /// What the writing host's <see cref="DigestOutboxWorker"/> does right after each change: moves the seeding's
    /// digest entries out of the mesa's partition. Without it the measured host finds them as leftovers of a dead
    /// writer (1,000 of them, read in one 1,000-entity page) and repairs them during the runs.
    /// </summary>
    public Task MoveDigestEntriesAsync() => _outbox.DrainAsync(CancellationToken.None);
}
