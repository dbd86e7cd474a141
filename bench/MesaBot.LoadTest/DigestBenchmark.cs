using System.Diagnostics;
using Azure.Data.Tables;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Digest;
using MesaBot.Storage;

namespace MesaBot.LoadTest;

/// <summary>
/// Issue 9, item 3: the weekly digest of a tenant with 10, 50 and 200 mesas of 500 items each: build
/// time (median of 3) and exact storage requests, through the in-process host's own DigestQuery and
/// RequestCountingPolicy on real Azurite. One mesa is seeded through the stores; the others get a copy of
/// its record rows (transactions of 100), so seeding 100,000 items takes seconds, not an hour.
/// </summary>
public static class DigestBenchmark
{
    public const string Mode = "digest";

    private static readonly string[] CopiedPrefixes = ["A|", "T|", "C|", "open|"];

    public static async Task RunAsync(BenchOptions options, string[] args)
    {
        Console.WriteLine($"Machine: {Machine.Describe()}");
        // The emulator's answer for 200 mesas varies by half a second from one read to the next (a Node process holding
        // 100,000 rows collects its garbage when it will): --runs 9 gives a median that run after run agrees.
        var runs = options.Runs;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MESABOT", Path.Combine(SharedAzurite.FindRoot(), "src", "MesaBot"));
        var fixture = new BotHostFixture();
        await fixture.InitializeAsync();
        try
        {
            var services = fixture.Host.Services;
            var counter = services.GetRequiredService<RequestCountingPolicy>();
            var mesas = services.GetRequiredService<MesaStore>();
            var records = services.GetRequiredService<TableStorage>().Table("records");
            var tenant = "tenant-digest";
            var today = DateOnly.FromDateTime(MesaBotFactory.Start.UtcDateTime);
            var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

            var template = await mesas.CreateAsync(tenant, new NewMesa("plantilla", "Plantilla", MesaKind.Comite, "PLANT", [MesaSeeder.Ana]), MesaSeeder.Ana, CancellationToken.None);
            var seeding = Stopwatch.StartNew();
            await SeedTemplateAsync(services, template, today);
            var rows = new List<TableEntity>();
            await foreach (var row in records.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(tenant) + "|plantilla"}")))
            {
                if (CopiedPrefixes.Any(p => row.RowKey.StartsWith(p, StringComparison.Ordinal)))
                {
                    rows.Add(row);
                }
            }

            Console.WriteLine($"Template mesa: {rows.Count(r => !r.RowKey.StartsWith("open|", StringComparison.Ordinal))} records (+ open copies) seeded in {seeding.Elapsed.TotalSeconds:F1} s");
            var builder = services.GetRequiredService<DigestQuery>();
            var results = new List<string>();
            var splits = new List<string>();
            var created = 0;
            var previous = 0;
            foreach (var target in new[] { 10, 50, 200 })
            {
                seeding.Restart();
                for (; created < target; created++)
                {
                    var mesa = await mesas.CreateAsync(tenant, new NewMesa($"mesa-{created:D3}", $"Mesa {created}", MesaKind.Mesa, $"M{created:D3}", [MesaSeeder.Ana]), MesaSeeder.Ana, CancellationToken.None);
                    await CopyAsync(records, rows, TableKeys.Encode(tenant) + "|" + mesa.Id);
                }

                Console.WriteLine($"{target} mesas ready ({seeding.Elapsed.TotalSeconds:F1} s of seeding)");
                // A mesa's first digest rebuilds its summary from the records (the copied rows carry none): timed
                // apart, then the measured runs (--runs, 3 unless told) read the summaries as every later Monday does.
                var firstBefore = counter.Count;
                var first = Stopwatch.StartNew();
                await builder.ReportAsync(tenant, weekStart, CancellationToken.None);
                Console.WriteLine($"{target} mesas: first digest (summaries rebuilt for {target - previous} new mesas) {first.Elapsed.TotalMilliseconds:F0} ms, {counter.Count - firstBefore} requests");
                previous = target;
                var times = new List<double>();
                long requests = 0;
                var items = 0;
                for (var run = 0; run < runs; run++)
                {
                    var before = counter.Count;
                    var clock = Stopwatch.StartNew();
                    var report = await builder.ReportAsync(tenant, weekStart, CancellationToken.None);
                    var card = DigestCard.Build(report, today);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    requests = counter.Count - before;
                    items = report.Mesas.Count;
                    _ = card.ToJson().ToJsonString();
                }

                results.Add($"| {target} | {target * rows.Count(r => !r.RowKey.StartsWith("open|", StringComparison.Ordinal)):N0} | {ChatReport.Median(times):F0} | {times.Min():F0}–{times.Max():F0} | {requests} | {1 + target} | {items} |");
                splits.Add(await SplitAsync(services, tenant, weekStart, today, target, runs));
            }

            Console.WriteLine();
            Console.WriteLine($"## Weekly digest (DigestQuery.ReportAsync + DigestCard + card JSON), median of {runs}");
            Console.WriteLine();
            Console.WriteLine("| Mesas | Records read | Median ms | Range ms | Storage requests | 1 + 1 × mesas | Mesas in digest |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            results.ForEach(Console.WriteLine);
            Console.WriteLine();
            Console.WriteLine($"## Where the digest's time goes (each step alone, median of {runs})");
            Console.WriteLine();
            Console.WriteLine("| Mesas | Summary rows | Entries | Entry JSON KB | Query of the digests partition ms | + entries parsed and folded ms | Card + JSON ms |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            splits.ForEach(Console.WriteLine);
            Console.WriteLine();
            Console.WriteLine($"This process's peak working set (host in process + seeding + digest): {File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))}");
            Console.WriteLine($"Reproduce: {Machine.Command(args)}");
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    /// <summary>
    /// The digest's steps timed alone: the raw query of the tenant's digests partition (emulator, transfer and the
    /// SDK's entity parsing), the same plus the entries parsed and folded (<see cref="DigestSummaryStore.ReadAsync"/>),
    /// and the card with its JSON. What the total has beyond the second and third is the per-mesa counting.
    /// </summary>
    private static async Task<string> SplitAsync(IServiceProvider services, string tenant, DateOnly weekStart, DateOnly today, int mesas, int runs)
    {
        var digests = services.GetRequiredService<TableStorage>().Table(RecordKeys.DigestsTable);
        var store = services.GetRequiredService<DigestSummaryStore>();
        var report = await services.GetRequiredService<DigestQuery>().ReportAsync(tenant, weekStart, CancellationToken.None);
        var (query, read, card) = (new List<double>(), new List<double>(), new List<double>());
        var (summaryRows, chars) = (0, 0L);
        var entries = 0;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            (summaryRows, chars) = (0, 0);
            await foreach (var row in digests.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {RecordKeys.TenantPartition(tenant)}")))
            {
                summaryRows++;
                chars += row.Where(p => p.Key.StartsWith('E')).Sum(p => (p.Value as string)?.Length ?? 0);
            }

            query.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var summaries = await store.ReadAsync(tenant, CancellationToken.None);
            read.Add(clock.Elapsed.TotalMilliseconds);
            entries = summaries.Values.Sum(s => s.Entries.Count);
            clock.Restart();
            _ = DigestCard.Build(report, today).ToJson().ToJsonString();
            card.Add(clock.Elapsed.TotalMilliseconds);
        }

        return $"| {mesas} | {summaryRows} | {entries:N0} | {chars / 1024:N0} | {ChatReport.Median(query):F0} | {ChatReport.Median(read):F0} | {ChatReport.Median(card):F0} |";
    }

    // 500 items: 50 acuerdos, 350 tareas (250 closed), 100 compromisos (all open: partners are slow).
    private static async Task SeedTemplateAsync(IServiceProvider services, Mesa mesa, DateOnly today)
    {
        var agreements = services.GetRequiredService<AgreementStore>();
        for (var i = 1; i <= 50; i++)
        {
            await agreements.CreateAsync(mesa, new NewAgreement($"Acuerdo {i} de la mesa", today.AddDays(-i % 14)), MesaSeeder.Ana, null, CancellationToken.None);
        }

        await new MesaSeeder(services.GetRequiredService<OpenItemStore>())
            .SeedAsync(mesa, today, closed: 250, openTasks: 100, openCommitments: 100);
    }

    private static readonly HashSet<string> SystemKeys = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    private static TableEntity Moved(TableEntity row, string partition)
    {
        var copy = new TableEntity(partition, row.RowKey);
        foreach (var (key, value) in row.Where(p => !SystemKeys.Contains(p.Key)))
        {
            copy[key] = value;
        }

        return copy;
    }

    private static async Task CopyAsync(TableClient records, List<TableEntity> rows, string partition)
    {
        foreach (var chunk in rows.Chunk(100))
        {
            await records.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Moved(r, partition))));
        }
    }
}
