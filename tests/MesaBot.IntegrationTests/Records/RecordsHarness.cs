using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Storage;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.IntegrationTests.Records;

/// <summary>
/// The record stores wired by hand on the shared Azurite, with their own tables (prefix), their own
/// request counter and a fake clock at Monday 15 December 2025, 10:00 in Santiago.
/// </summary>
public sealed class RecordsHarness
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static readonly Person Ana = new("aaaaaaaa-0000-0000-0000-000000000001", "Ana Pérez", "29:ana");
    public static readonly Person Beto = new("bbbbbbbb-0000-0000-0000-000000000002", "Beto Soto", "29:beto");
    public static readonly Person Carla = new("cccccccc-0000-0000-0000-000000000003", "Carla Díaz");

    private RecordsHarness(string prefix, string connectionString)
    {
        TablePrefix = prefix;
        Storage = new TableStorage(
            Options.Create(new StorageOptions { ConnectionString = connectionString, TablePrefix = prefix }),
            Counter,
            new AzuriteConnection(new HostingEnvironment { EnvironmentName = "Development" }, NullLogger<AzuriteConnection>.Instance));
        Index = new PendingIndex(Storage);
        Outbox = new DigestOutbox(Storage, RepairQueue, NullLogger<DigestOutbox>.Instance);
        var writer = new RecordWriter(Storage, Index, RepairQueue, Outbox, Time, NullLogger<RecordWriter>.Instance);
        Partners = new TenantPartners(Options.Create(new PartnerOptions
        {
            Partners =
            [
                new() { Name = "Cámara Chilena de la Construcción", Aliases = ["CChC"] },
                new() { Name = "Corfo", Aliases = [] },
                new() { Name = "Pontificia Universidad Católica de Chile", Aliases = ["PUC"] },
            ],
        }));
        Mesas = new MesaStore(Storage, Time);
        Agreements = new AgreementStore(writer);
        Items = new OpenItemStore(writer, Partners, Time);
        ActionItems = new ItemsOfKind(Items, RecordKind.ActionItem);
        Commitments = new ItemsOfKind(Items, RecordKind.Commitment);
        Audit = new AuditLog(Storage);
        Repair = new IndexRepair(Items, Index, Outbox);
    }

    /// <summary>Mesas whose index failed after a commit; <see cref="IndexRepairWorker"/> drains it (started by the test that needs it).</summary>
    public IndexRepairQueue RepairQueue { get; } = new();

    public string TablePrefix { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 12, 15, 13, 0, 0, TimeSpan.Zero));
    public RequestCountingPolicy Counter { get; } = new();
    public TableStorage Storage { get; }
    public PendingIndex Index { get; }

    /// <summary>Holds the digest entries of committed changes until a digest (or a test) drains it: no worker runs here.</summary>
    public DigestOutbox Outbox { get; }
    public TenantPartners Partners { get; }
    public MesaStore Mesas { get; }
    public AgreementStore Agreements { get; }
    public OpenItemStore Items { get; }
    public ItemsOfKind ActionItems { get; }
    public ItemsOfKind Commitments { get; }
    public AuditLog Audit { get; }
    public IndexRepair Repair { get; }

    public static readonly DateOnly Today = new(2025, 12, 15);

    public static Task<RecordsHarness> StartAsync() => StartAsync(SharedAzurite.NewTablePrefix());

    /// <summary>On another storage account (a test's own Azurite), with fresh tables.</summary>
    public static Task<RecordsHarness> StartOnAsync(string connectionString) => StartAsync(SharedAzurite.NewTablePrefix(), connectionString);

    /// <summary>A second "instance" of the bot on the same tables (its own clients, caches and locks).</summary>
    public Task<RecordsHarness> SecondInstanceAsync() => StartAsync(TablePrefix);

    /// <summary>Another process's instance on tables it already made (its account and prefix, passed along).</summary>
    public static Task<RecordsHarness> AttachAsync(string connectionString, string prefix) => StartAsync(prefix, connectionString);

    private static async Task<RecordsHarness> StartAsync(string prefix, string? connectionString = null)
    {
        var harness = new RecordsHarness(prefix, connectionString ?? SharedAzurite.ConnectionString);
        await harness.Storage.CreateTablesAsync(["mesas", "records", "recordindex", "digests"], CancellationToken.None);
        return harness;
    }

    public Task<Mesa> CreateMesaAsync(string id = "resiliencia", string code = "RES", string name = "Resiliencia") =>
        Mesas.CreateAsync(Tenant, new NewMesa(id, name, MesaKind.Mesa, code, [Ana]), Ana, CancellationToken.None);

    public Task<OpenItem> CreateItemAsync(Mesa mesa, string text = "Enviar informe de daños", Person? owner = null, int inDays = 7, string? activityId = null) =>
        ActionItems.CreateAsync(mesa, new NewActionItem(text, owner ?? Beto, Today.AddDays(inDays)), Ana, activityId, CancellationToken.None);

    /// <summary>Storage requests made by <paramref name="action"/>.</summary>
    public async Task<long> RequestsAsync(Func<Task> action)
    {
        var before = Counter.Count;
        await action();
        return Counter.Count - before;
    }

    public async Task<(T Result, long Requests)> RequestsAsync<T>(Func<Task<T>> action)
    {
        var before = Counter.Count;
        var result = await action();
        return (result, Counter.Count - before);
    }
}
