using MesaBot.Records.Seed;
using MesaBot.Records.Stores;
using MesaBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesaBot.Records.Hosting;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The mesas' stores, their four tables (created at start-up) and the tenant's partner list.</summary>
    public static IHostApplicationBuilder AddMesaRecords(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new RequiredTable(RecordKeys.MesasTable));
        services.AddSingleton(new RequiredTable(RecordKeys.RecordsTable));
        services.AddSingleton(new RequiredTable(RecordKeys.IndexTable));
        services.AddSingleton(new RequiredTable(RecordKeys.DigestsTable));

        services.AddOptions<PartnerOptions>()
            .Configure(o => builder.Configuration.GetSection(PartnerOptions.Section).Bind(o.Partners))
            .Validate(o => o.Partners.All(p => !string.IsNullOrWhiteSpace(p.Name)), "Every entry of Partners needs a Name.")
            .ValidateOnStart();
        services.AddSingleton<TenantPartners>();

        services.AddSingleton<MesaStore>();
        services.AddSingleton<PendingIndex>();
        services.AddSingleton<RecordWriter>();
        services.AddSingleton<AgreementStore>();
        services.AddSingleton<OpenItemStore>();
        services.AddSingleton<OpenItemsQuery>();
        services.AddSingleton<DigestSummaryStore>();
        services.AddSingleton<DigestOutbox>();
        services.AddHostedService<DigestOutboxWorker>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IndexRepair>();
        services.AddSingleton<IndexRepairQueue>();
        services.AddHostedService<IndexRepairWorker>();
        services.AddSingleton<IndexSweep>();
        services.AddHostedService(provider => provider.GetRequiredService<IndexSweep>());
        services.AddSingleton<MesaSeed>();
        services.AddSingleton<Sessions.SessionStore>();
        return builder;
    }
}
