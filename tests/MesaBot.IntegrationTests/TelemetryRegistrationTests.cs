using MesaBot.Telemetry;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MesaBot.IntegrationTests;

public sealed class TelemetryRegistrationTests
{
    [Theory]
    // Loopback ingestion: nothing leaves the machine even if a batch is flushed.
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/", "false")]
    [InlineData(null, "true")]
    public void AddMesaTelemetry_AnExporter_ProvidersBuild(string? connectionString, string console)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[TelemetryServiceCollectionExtensions.ConnectionStringKey] = connectionString;
        builder.Configuration[TelemetryServiceCollectionExtensions.ConsoleKey] = console;

        builder.AddMesaTelemetry();
        using var services = builder.Services.BuildServiceProvider();

        Assert.NotNull(services.GetService<TracerProvider>());
        Assert.NotNull(services.GetService<MeterProvider>());
        Assert.NotNull(services.GetService<TurnTelemetry>());
    }

    // Without an exporter no SDK listens, so a turn pays nothing for spans; the meters still exist.
    [Fact]
    public void AddMesaTelemetry_NoExporter_NoProvidersButMeters()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration[TelemetryServiceCollectionExtensions.ConsoleKey] = "false";

        builder.AddMesaTelemetry();
        using var services = builder.Services.BuildServiceProvider();

        Assert.Null(services.GetService<TracerProvider>());
        Assert.NotNull(services.GetService<TurnTelemetry>());
    }
}
