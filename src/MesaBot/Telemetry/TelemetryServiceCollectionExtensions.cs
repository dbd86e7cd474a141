using OpenTelemetry.Resources;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MesaBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string ConsoleKey = "Telemetry:Console";

    /// <summary>
    /// Traces and metrics (OpenTelemetry): ASP.NET Core, HttpClient, and MesaBot's own source and meter.
    /// Exported to Azure Monitor only when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, and to the
    /// console when <c>Telemetry:Console</c> says so (unset: in Development; the tests turn it off).
    /// </summary>
    public static WebApplicationBuilder AddMesaTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<MesaMetrics>();
        services.TryAddSingleton<TurnTelemetry>();

        var azureMonitor = builder.Configuration[ConnectionStringKey] is { Length: > 0 } connectionString ? connectionString : null;
        var console = builder.Configuration.GetValue<bool?>(ConsoleKey) ?? builder.Environment.IsDevelopment();
        if (azureMonitor is null && !console)
        {
            // Nothing to export to: no SDK listens, so spans and instrumentation cost nothing per turn
            // (measured: the chat turn's CPU, docs/benchmarks.md). The meters still count for any listener.
            return builder;
        }

        // Named, so Application Insights shows "MesaBot" as the role rather than "unknown_service:dotnet".
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(MesaTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(MesaTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(MesaTelemetry.Name));
        if (azureMonitor is not null)
        {
            // The distro brings the ASP.NET Core and HttpClient instrumentation itself; adding them again would double them.
            otel.UseAzureMonitor(o => o.ConnectionString = azureMonitor);
        }
        else
        {
            otel.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        }

        if (console)
        {
            otel.WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        return builder;
    }
}
