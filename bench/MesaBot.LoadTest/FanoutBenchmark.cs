using System.Diagnostics;
using MesaBot.Conversations;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.IntegrationTests.Records;
using MesaBot.IntegrationTests.Reminders;
using MesaBot.Protocol.Connector;
using MesaBot.Protocol.Hosting;
using MesaBot.Records;
using MesaBot.Reminders;
using MesaBot.Reminders.Delivery;
using Microsoft.Extensions.Logging.Abstractions;

namespace MesaBot.LoadTest;

/// <summary>
/// Issue 9, item 4: 2,000 reminders (500 users × 4: two "upcoming", "due today", "overdue") drained by
/// DeliveryWorkers in real time through the real ConnectorClient + its resilience handler against
/// <see cref="ThrottlingConnector"/> (100 posts/s, 429 + Retry-After above). Each host (<c>--hosts</c>, default 1)
/// is what the bot registers: its own Connector client, its own DeliveryPacer at the tenant limit sharing it
/// through its own LiveHosts heartbeat, and <c>--workers</c> DeliveryWorkers on that pacer; all hosts drain the one
/// queue, in this process or, with <c>--processes</c>, each in its own (<see cref="FanoutHostProcess"/>). Storage
/// (ledger, queue, records, conversations, heartbeats) is the reminders integration harness's, on real Azurite; only
/// the clock and the Connector differ from the tests.
/// </summary>
public static class FanoutBenchmark
{
    public const string Mode = "fanout";

    public static async Task RunAsync(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var users = int.Parse(Value("--users") ?? "500");
        var hostCount = int.Parse(Value("--hosts") ?? "1");
        var workers = int.Parse(Value("--workers") ?? "2");
        var limit = int.Parse(Value("--limit") ?? "100");
        var inFlight = Value("--in-flight") is { } n ? int.Parse(n) : (int?)null;
        var processes = args.Contains("--processes");
        var ct = CancellationToken.None;
        Console.WriteLine($"Machine: {Machine.Describe()}");

        await using var teams = await ThrottlingConnector.StartAsync(limit);
        var harness = await RemindersHarness.StartAsync(o => Configure(o, limit, inFlight));
        await harness.Records.Storage.CreateTablesAsync([LiveHosts.TableName], ct);
        var jobs = await SeedAsync(harness, teams.ServiceUrl, users);
        var hosts = processes ? [] : Enumerable.Range(0, hostCount).Select(_ => DeliveryHost.Start(harness, workers)).ToList();
        var children = processes
            ? await Task.WhenAll(Enumerable.Range(0, hostCount).Select(_ => FanoutHostProcess.StartAsync(SharedAzurite.ConnectionString, harness.Records.TablePrefix, workers, limit, inFlight)))
            : [];
        Console.WriteLine($"Seeded {users} users, {jobs.Count} deliveries queued; Connector limit {limit}/s, tenant limit {limit}/s shared by {hostCount} host(s) of {workers} workers{(processes ? ", each in its own process" : string.Empty)}, {harness.Options.DeliveriesInFlight} deliveries in flight each");

        var tableRequests = harness.Records.Counter.Count;
        var clock = Stopwatch.StartNew();
        var drainStart = teams.Elapsed;
        DrainReport drained;
        if (processes)
        {
            foreach (var child in children)
            {
                child.Start();
            }

            drained = DrainReport.Sum(await Task.WhenAll(children.Select(c => c.ReportAsync())));
        }
        else
        {
            var (inProcess, crashed) = await DrainAsync(hosts.SelectMany(h => h.Workers));
            drained = new DrainReport(inProcess, crashed, 0);
        }

        var total = clock.Elapsed.TotalSeconds;
        tableRequests = harness.Records.Counter.Count - tableRequests + drained.TableRequests;
        var (handled, crashes) = (drained.Handled, drained.Crashes);

        var dates = jobs.Select(j => j.Date).Distinct();
        var ledger = await harness.Ledger.AllAsync(dates, ct);
        var sent = ledger.Count(r => r.State == DeliveryState.Sent);
        var states = string.Join(", ", ledger.GroupBy(r => r.State).Select(g => $"{g.Key} {g.Count()}"));
        var perUser = teams.Posts.GroupBy(p => p.Key.Conversation).Select(g => g.Count()).ToList();
        var minimum = (double)jobs.Count / limit;

        Console.WriteLine();
        Console.WriteLine("## Reminder fan-out");
        Console.WriteLine();
        Console.WriteLine("| Reminders | Users | Hosts × workers | Total s | Minimum s | Ratio | Sends/s | 429s | Busiest 1-s window | Duplicates | Losses | Crashes |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {jobs.Count:N0} | {users} | {hostCount} × {workers} | {total:F1} | {minimum:F0} | {total / minimum:F2}× | {teams.Accepted / total:F1} | {teams.Throttled} | {teams.BusiestWindow} | {teams.Duplicates} | {jobs.Count - sent} | {crashes} |");
        Console.WriteLine();
        Console.WriteLine($"Deliveries handled per worker: {string.Join(", ", handled)}; ledger states: {states}");
        Console.WriteLine($"Table requests while draining: {tableRequests} ({(double)tableRequests / jobs.Count:F1} per reminder, the hosts' heartbeats included; queue requests not counted)");
        var firstPost = teams.FirstAttemptAfter(drainStart) ?? drainStart;
        var (busiest, busiestAt) = teams.BusiestAttemptSecond;
        Console.WriteLine($"First post {(firstPost - drainStart).TotalSeconds:F2} s after the drain started; {teams.Attempts} posts received; the busiest second of them (sliding, accepted or not): {busiest}, from {(busiestAt - firstPost).TotalSeconds:F2} s after the first post");
        Console.WriteLine($"Posts per 100 ms from 1 s before it: {string.Join(' ', teams.AttemptsPerTenth(busiestAt - TimeSpan.FromSeconds(1), 30))}");
        Console.WriteLine($"Connector accepted {teams.Accepted} posts to {perUser.Count} conversations (distinct bodies per conversation: min {perUser.DefaultIfEmpty().Min()}, max {perUser.DefaultIfEmpty().Max()})");
        Console.WriteLine($"Reproduce: {Machine.Command(args)}");
        foreach (var host in hosts)
        {
            await host.Services.DisposeAsync();
        }

        foreach (var child in children)
        {
            child.Dispose();
        }
    }

    /// <summary>The reminder options of every host in the run, in this process or another.</summary>
    internal static void Configure(ReminderOptions o, int limit, int? inFlight)
    {
        o.PerTenantPerSecond = limit;
        o.PerConversationPerSecond = 1000; // 4 reminders a user: the conversation limits never bind
        o.PerConversationPerHour = 100_000;
        o.DeliveriesInFlight = inFlight ?? o.DeliveriesInFlight;
    }

    /// <summary>Every worker drains the queue; one that throws is counted and reported, not the end of the run.</summary>
    internal static async Task<(int[] Handled, int Crashes)> DrainAsync(IEnumerable<DeliveryWorker> workers)
    {
        var crashes = 0;
        var handled = await Task.WhenAll(workers.Select(async w =>
        {
            try
            {
                return await w.DrainAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref crashes);
                Console.WriteLine($"Worker crashed: {ex}");
                return 0;
            }
        }));
        return (handled, crashes);
    }

    /// <summary>One bot host's delivery side: its Connector client, its pacer and heartbeat, its workers.</summary>
    internal sealed record DeliveryHost(IReadOnlyList<DeliveryWorker> Workers, ServiceProvider Services)
    {
        public static DeliveryHost Start(RemindersHarness harness, int workers)
        {
            var (connector, services) = RealConnector();
            var o = Microsoft.Extensions.Options.Options.Create(harness.Options);
            var pacer = new DeliveryPacer(TimeProvider.System, o, new LiveHosts(harness.Records.Storage, TimeProvider.System));
            var queue = new DeliveryQueue(harness.Storage);
            var messages = new ReminderMessageBuilder(harness.Records.Items, harness.Ledger, harness.Digests, harness.Policy, harness.Clock);
            var resolver = new RecipientResolver(harness.Conversations, new NoNewChats(), o);
            var reads = new DeliveryReadSource(harness.Records.Mesas, harness.Records.Items, harness.Conversations);
            return new DeliveryHost([.. Enumerable.Range(0, workers).Select(_ => new DeliveryWorker(harness.Ledger, queue, messages, resolver, reads, pacer, connector,
                harness.DigestMail, harness.Mail, TimeProvider.System, o, NullLogger<DeliveryWorker>.Instance))], services);
        }

        // The host's own Connector client (typed HttpClient + its resilience handler), from its own registration:
        // Development, no app id, so an anonymous token and loopback http are allowed.
        private static (IConnectorClient Client, ServiceProvider Services) RealConnector()
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.AddBotProtocol();
            var services = builder.Services.BuildServiceProvider();
            return (services.GetRequiredService<IConnectorClient>(), services);
        }
    }

    // One mesa, one open tarea per user (all due the same day), each user with a stored 1:1 chat; then the
    // four deliveries the policy plans for each tarea, recorded in the ledger and enqueued as the scheduler does.
    private static async Task<List<DeliveryJob>> SeedAsync(RemindersHarness harness, string serviceUrl, int users)
    {
        var ct = CancellationToken.None;
        var seeding = Stopwatch.StartNew();
        var mesa = await harness.Records.CreateMesaAsync();
        var due = RecordsHarness.Today.AddDays(3);
        var dates = Enumerable.Range(-10, 30).Select(d => due.AddDays(d))
            .Select(d => (Date: d, Kind: harness.Policy.KindOn(due, d, mesa.Reminders)))
            .Where(p => p.Kind is not null).Take(4).ToList();
        var people = Enumerable.Range(1, users).Select(i => new Person($"{i:D8}-0000-4000-8000-{i:D12}", $"Persona {i}", $"29:p{i}")).ToList();
        var queued = new List<DeliveryMessage>();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (person, _) =>
        {
            var item = await harness.Records.ActionItems.CreateAsync(mesa, new NewActionItem($"Tarea de {person.Name}", person, due), RecordsHarness.Ana, null, ct);
            await harness.Conversations.RegisterPersonalAsync(new ConversationReference(RecordsHarness.Tenant, "a:" + person.TeamsUserId, "personal", serviceUrl, "28:bot", null, null)
            { UserObjectId = person.ObjectId }, ct);
            foreach (var (date, kind) in dates)
            {
                var job = new DeliveryJob(RecordsHarness.Tenant, mesa.Id, item.Ref.ToString(), kind!.Value, date, DeliveryRecipient.ForPerson(person));
                var added = await harness.Ledger.TryAddAsync(job, harness.Time.GetUtcNow(), ct);
                lock (queued)
                {
                    queued.Add(new DeliveryMessage(job, added ?? default));
                }
            }
        });

        // As the scheduler does: each reminder hour's jobs (one date) 16 to a queue message, the rows' ETags riding along.
        var queue = new DeliveryQueue(harness.Storage);
        foreach (var hour in queued.GroupBy(q => q.Job.Date))
        {
            await queue.EnqueueAsync([.. hour], ct);
        }

        Console.WriteLine($"Seeding took {seeding.Elapsed.TotalSeconds:F1} s; reminder days {string.Join(", ", dates.Select(d => $"{d.Date:dd/MM} {d.Kind}"))}");
        return [.. queued.Select(q => q.Job)];
    }
}

/// <summary>Every user already has a stored 1:1 chat, so opening one would be a seeding bug.</summary>
internal sealed class NoNewChats : MesaBot.Graph.IPersonalChatOpener
{
    public Task<MesaBot.Graph.PersonalChatResult> OpenAsync(MesaBot.Graph.PersonalChatRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The fan-out benchmark seeds every user's 1:1 chat; none should be opened.");
}
