namespace MesaBot.Reminders;

/// <summary>Section "Reminders": how the scheduler and the delivery workers run. The per-mesa policy lives in each mesa's <c>ReminderSettings</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>False stops both hosted services (tests that do not want them, or a host that only serves the chat).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Tenants that get weekly summaries and digests; empty uses Bot:AllowedTenantIds and MicrosoftAppTenantId.</summary>
    public List<string> TenantIds { get; set; } = [];

    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>Local hour (mesa time zone) of the weekly digest and of the overdue summaries.</summary>
    public int DigestHour { get; set; } = 9;

    /// <summary>The largest "days before" a mesa may ask for: the scheduler reads that many due dates ahead.</summary>
    public int MaxDaysBefore { get; set; } = 7;

    /// <summary>How often the leader checks for a new hour to schedule (and renews its lease).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After a long outage, hours older than this are not caught up (logged as skipped).</summary>
    public TimeSpan MaxCatchUp { get; set; } = TimeSpan.FromHours(48);

    public string LeaseContainer { get; set; } = "mesabot-leases";
    public string LeaseBlob { get; set; } = "reminder-scheduler";

    /// <summary>Azure allows 15–60 s (or infinite); the holder renews every tick.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    public string QueueName { get; set; } = "mesabot-reminders";

    /// <summary>How long a received queue message stays hidden while a worker delivers it.</summary>
    public TimeSpan QueueVisibility { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Deliveries a worker makes at once (of one queue receive of 16). A Connector post takes a few hundred
    /// milliseconds, so one at a time a host would send a handful a second where the tenant allows 50; the
    /// pacer still spaces the sends themselves.
    /// </summary>
    public int DeliveriesInFlight { get; set; } = 8;

    /// <summary>Teams: about 7 messages per second per conversation.</summary>
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Teams: 1800 messages per hour per conversation.</summary>
    public int PerConversationPerHour { get; set; } = 1800;

    /// <summary>Teams: about 50 requests per second per bot per tenant.</summary>
    public int PerTenantPerSecond { get; set; } = 50;

    /// <summary>Attempts before a delivery is recorded as failed (and shown to coordinators).</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A delivery marked "sending" for longer than this belonged to a host that died: it is resent (and logged).</summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Local dates (today and the days before) whose unfinished deliveries the recovery pass looks at.</summary>
    public int RecoveryDays { get; set; } = 3;

    /// <summary>Service URL used to open a 1:1 chat when the tenant has no stored conversation yet.</summary>
    public string? DefaultServiceUrl { get; set; }
}
