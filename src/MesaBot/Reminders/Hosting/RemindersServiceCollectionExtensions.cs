using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Digest;
using MesaBot.Reminders.Planning;
using MesaBot.Reminders.Scheduling;
using MesaBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesaBot.Reminders.Hosting;

// Registration knows every part of Reminders, so it lives apart from the root namespace (ReminderOptions,
// ReminderStorage) that every part uses: otherwise the root and its parts would need each other.
public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders and the weekly digest: options from "Reminders", the ledger table, the digest query
    /// (also for "resumen"), and, unless Reminders:Enabled is false, the scheduler and delivery services.
    /// </summary>
    public static WebApplicationBuilder AddMesaReminders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .PostConfigure(o =>
            {
                if (o.TenantIds.Count == 0)
                {
                    o.TenantIds.AddRange(configuration.GetSection("Bot:AllowedTenantIds").Get<string[]>() ?? []);
                    if (configuration["MicrosoftAppTenantId"] is { Length: > 0 } own)
                    {
                        o.TenantIds.Add(own);
                    }
                }
            })
            .Validate(o => o.DigestHour is >= 0 and <= 23, "Reminders:DigestHour must be 0–23.")
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(15) && o.LeaseDuration <= TimeSpan.FromSeconds(60), "Reminders:LeaseDuration must be 15–60 s.")
            .Validate(o => o.TickInterval > TimeSpan.Zero && o.TickInterval < o.LeaseDuration / 2, "Reminders:TickInterval must be under half the lease.")
            .Validate(o => o.PerConversationPerSecond > 0 && o.PerConversationPerHour > 0 && o.PerTenantPerSecond > 0, "Reminders: rate limits must be positive.")
            .Validate(o => o.MaxAttempts >= 1 && o.MaxDaysBefore is >= 0 and <= 30, "Reminders: MaxAttempts ≥ 1, MaxDaysBefore 0–30.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new RequiredTable(DeliveryLedger.TableName));
        services.AddSingleton<ReminderStorage>();
        services.AddSingleton<ReminderPolicy>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton(new RequiredTable(LiveHosts.TableName));
        services.AddSingleton<LiveHosts>();
        services.AddSingleton<DeliveryPacer>();
        services.AddSingleton<RecipientResolver>();
        services.AddSingleton<DeliveryReadSource>();
        services.AddSingleton<ReminderMessageBuilder>();
        services.AddSingleton<DeliveryWorker>();
        services.AddSingleton<DigestQuery>();
        services.AddSingleton<SchedulerCursor>();
        services.AddSingleton<SchedulerLease>();
        services.AddSingleton<ReminderScheduler>();

        if (configuration.GetValue(ReminderOptions.Section + ":Enabled", true))
        {
            services.AddHostedService<SchedulerService>();
            services.AddHostedService<DeliveryService>();
        }

        return builder;
    }
}
