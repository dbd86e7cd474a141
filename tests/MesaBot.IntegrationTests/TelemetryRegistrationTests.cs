using MesaBot.Telemetry;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MesaBot.IntegrationTests;

public sealed class TelemetryRegistrationTests
{
    [Theory]
    [InlineData(null)]
    // Loopback ingestion: nothing leaves the machine even if a batch is flushed.
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/")]
    public void AddMesaTelemetry_WithOrWithoutAzureMonitor_ProvidersBuild(string? connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[TelemetryServiceCollectionExtensions.ConnectionStringKey] = connectionString;
        builder.Configuration[TelemetryServiceCollectionExtensions.ConsoleKey] = "false";

        builder.AddMesaTelemetry();
        using var services = builder.Services.BuildServiceProvider();

        Assert.NotNull(services.GetService<TracerProvider>());
        Assert.NotNull(services.GetService<MeterProvider>());
        Assert.NotNull(services.GetService<TurnTelemetry>());
    }
}
