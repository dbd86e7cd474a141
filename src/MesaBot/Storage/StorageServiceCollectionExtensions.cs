using MesaBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesaBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMesaStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.TablePrefix.All(char.IsAsciiLetterOrDigit), "Storage:TablePrefix may hold only letters and digits.")
            .Validate(o => o.IsConfigured || builder.Environment.IsDevelopment(),
                "Storage:ConnectionString or Storage:AccountName is required outside Development.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AzuriteConnection>();
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<MesaMetrics>();
        builder.Services.AddSingleton<RequestCountingPolicy>();
        builder.Services.AddSingleton<TableStorage>();
        builder.Services.AddHostedService<StorageBootstrapper>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [StorageHealthCheck.ReadinessTag]);
        return builder;
    }
}
