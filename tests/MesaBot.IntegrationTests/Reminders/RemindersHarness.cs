using MesaBot.Conversations;
using MesaBot.Dates;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.IntegrationTests.Records;
using MesaBot.Records;
using MesaBot.Reminders;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Digest;
using MesaBot.Reminders.Planning;
using MesaBot.Reminders.Scheduling;
using MesaBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>
/// The records harness plus the reminder pieces wired by hand on real Azurite (tables, queue, blob lease)
/// with a fake clock and an in-memory Connector. <see cref="Host"/> builds one "host" (its own worker,
/// scheduler and lease) over the shared storage, so tests can run two or kill one.
/// </summary>
public sealed class RemindersHarness
{
    public const string ChannelKey = "19:res-general@thread.tacv2";
    public const string CommitteeChatKey = "19:comite@thread.v2";
    public const string ServiceUrl = "https://smba.example.test/amer/";

    private RemindersHarness(RecordsHarness records, ReminderOptions options, string connectionString)
    {
        Records = records;
        Options = options;
        var storageOptions = Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = connectionString, TablePrefix = records.TablePrefix });
        var azurite = new AzuriteConnection(new HostingEnvironment { EnvironmentName = "Development" }, NullLogger<AzuriteConnection>.Instance);
        Storage = new ReminderStorage(storageOptions, Microsoft.Extensions.Options.Options.Create(options), azurite);
        Conversations = new ConversationStore(records.Storage, records.Time);
        Connector = new FakeConnector(records.Time);
        Clock = new MesaClock(records.Time, MesaClock.ChileZone);
        Policy = new ReminderPolicy(Calendar);
        Ledger = new DeliveryLedger(records.Storage);
        Sessions = new MesaBot.Records.Sessions.SessionStore(records.Storage, records.Agreements, records.Items, records.Outbox, records.Time);
        Digests = new DigestQuery(records.Mesas, records.Agreements, records.Items, Sessions, new MesaBot.Records.Stores.DigestSummaryStore(records.Storage, records.Time), records.Outbox);
        Mail = new RecordingMailSender();
        DigestMail = new MesaBot.Graph.DigestMailer(Mail, new MesaBot.Graph.GraphOptions { DigestRecipient = CommitteeMail });
    }

    public const string CommitteeMail = "comite@mop.gob.cl";

    /// <summary>The e-mails the digest sent (Graph's sendMail, recorded).</summary>
    public RecordingMailSender Mail { get; }

    public MesaBot.Graph.DigestMailer DigestMail { get; }

    public RecordsHarness Records { get; }
    public ReminderOptions Options { get; }
    public ReminderStorage Storage { get; }
    public ConversationStore Conversations { get; }
    public FakeConnector Connector { get; }
    public MesaClock Clock { get; }
    public ReminderPolicy Policy { get; }
    public DeliveryLedger Ledger { get; }
    public DigestQuery Digests { get; }

    public MesaBot.Records.Sessions.SessionStore Sessions { get; }
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => Records.Time;

    /// <summary>This harness's own meter factory, so a MeasurementRecorder sees only its deliveries.</summary>
    public IServiceProvider Telemetry { get; } = new ServiceCollection().AddMetrics().AddSingleton<MesaBot.Telemetry.MesaMetrics>().BuildServiceProvider();

    public static ChileBusinessCalendar Calendar { get; } = LoadCalendar();

    /// <param name="tablePrefix">Another process's tables and queue to join (with its <paramref name="connectionString"/>); null: new ones.</param>
    public static async Task<RemindersHarness> StartAsync(Action<ReminderOptions>? configure = null, string? connectionString = null, string? tablePrefix = null)
    {
        var records = (connectionString, tablePrefix) switch
        {
            (null, _) => await RecordsHarness.StartAsync(),
            (_, null) => await RecordsHarness.StartOnAsync(connectionString),
            _ => await RecordsHarness.AttachAsync(connectionString, tablePrefix),
        };
        var options = new ReminderOptions
        {
            TenantIds = [RecordsHarness.Tenant],
            MaxDaysBefore = 3,
            PerConversationPerSecond = 1000,
            PerConversationPerHour = 100_000,
            PerTenantPerSecond = 1000,
        };
        configure?.Invoke(options);
        var harness = new RemindersHarness(records, options, connectionString ?? SharedAzurite.ConnectionString);
        await records.Storage.CreateTablesAsync([DeliveryLedger.TableName, ConversationStore.TableName], CancellationToken.None);
        await harness.Storage.CreateAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>One bot host: its own scheduler, lease, pacer and worker over the shared storage.</summary>
    public ReminderHost Host()
    {
        var o = Microsoft.Extensions.Options.Options.Create(Options);
        var queue = new DeliveryQueue(Storage);
        var cursor = new SchedulerCursor(Records.Storage);
        var scheduler = new ReminderScheduler(Records.Index, Records.Mesas, Policy, Ledger, queue, cursor, Clock, o, NullLogger<ReminderScheduler>.Instance);
        var messages = new ReminderMessageBuilder(Records.Items, Ledger, Digests, Policy, Clock);
        var opener = new MesaBot.Graph.PersonalChatOpener(new MesaBot.Graph.StoredPersonalConversations(Conversations),
            new MesaBot.Graph.UnconfiguredAppInstaller(), Connector, NullLogger<MesaBot.Graph.PersonalChatOpener>.Instance);
        var resolver = new RecipientResolver(Conversations, opener, o);
        var reads = new DeliveryReadSource(Records.Mesas, Records.Items, Conversations);
        var worker = new DeliveryWorker(Ledger, queue, messages, resolver, reads, new DeliveryPacer(Time, o), Connector, DigestMail, Mail, Time, o, NullLogger<DeliveryWorker>.Instance,
            Telemetry.GetRequiredService<MesaBot.Telemetry.MesaMetrics>());
        var lease = new SchedulerLease(Storage, o, NullLogger<SchedulerLease>.Instance);
        return new ReminderHost(scheduler, worker, lease, queue);
    }

    /// <summary>Moves the fake clock to a local time in Santiago.</summary>
    public void SetLocal(DateOnly date, int hour, int minute = 0) =>
        Time.SetUtcNow(LocalTime.ToInstant(MesaClock.ChileZone, date, new TimeOnly(hour, minute)));

    /// <summary>Mesa RES (coordinator Ana) linked to its channel, and the committee COM linked to its chat; Beto has a personal chat.</summary>
    public async Task<(Mesa Res, Mesa Committee)> SeedMesasAsync()
    {
        var ct = CancellationToken.None;
        var res = await Records.CreateMesaAsync();
        res = await Records.Mesas.LinkConversationAsync(res, new ConversationLink(ChannelKey, ConversationKind.Channel), RecordsHarness.Ana, ct);
        var committee = await Records.Mesas.CreateAsync(RecordsHarness.Tenant, new NewMesa("comite", "Comité", MesaKind.Comite, "COM", [RecordsHarness.Ana]), RecordsHarness.Ana, ct);
        committee = await Records.Mesas.LinkConversationAsync(committee, new ConversationLink(CommitteeChatKey, ConversationKind.GroupChat), RecordsHarness.Ana, ct);
        await Conversations.RegisterAsync(new ConversationReference(RecordsHarness.Tenant, ChannelKey, "channel", ServiceUrl, "28:bot", "19:team", ChannelKey), ct);
        await Conversations.RegisterAsync(new ConversationReference(RecordsHarness.Tenant, CommitteeChatKey, "groupChat", ServiceUrl, "28:bot", null, null), ct);
        await Conversations.RegisterAsync(new ConversationReference(RecordsHarness.Tenant, "a:beto", "personal", ServiceUrl, "28:bot", null, null) { UserObjectId = RecordsHarness.Beto.ObjectId }, ct);
        await Conversations.RegisterAsync(new ConversationReference(RecordsHarness.Tenant, "a:ana", "personal", ServiceUrl, "28:bot", null, null) { UserObjectId = RecordsHarness.Ana.ObjectId }, ct);
        return (res, committee);
    }

    private static ChileBusinessCalendar LoadCalendar()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(SharedAzurite.FindRoot(), "src", "MesaBot", "appsettings.json"))
            .Build();
        var holidays = new HolidayOptions();
        configuration.GetSection(HolidayOptions.Section).Bind(holidays);
        return new ChileBusinessCalendar(Microsoft.Extensions.Options.Options.Create(holidays));
    }
}

/// <summary>A host's reminder pieces.</summary>
public sealed record ReminderHost(ReminderScheduler Scheduler, DeliveryWorker Worker, SchedulerLease Lease, DeliveryQueue Queue)
{
    /// <summary>What the hosted services do at one instant: plan, deliver, recover.</summary>
    public async Task TickAsync(DateTimeOffset now)
    {
        await Scheduler.RunOnceAsync(now, CancellationToken.None);
        await Worker.DrainAsync(CancellationToken.None);
        await Worker.RecoverAsync(CancellationToken.None);
    }
}
