using System.Net;
using MesaBot.Health;
using MesaBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MesaBot.IntegrationTests;

public sealed class HealthEndpointTests(UnauthenticatedHostFixture fixture) : IClassFixture<UnauthenticatedHostFixture>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/live")]
    [InlineData("/healthz/ready")]
    public async Task Health_StorageReachable_Healthy(string path)
    {
        var response = await fixture.Host.CreateClient().GetStringAsync(path);

        Assert.Equal("Healthy", response);
    }

    [Fact]
    public async Task Health_ReadinessCheckFails_LiveStillHealthyReadyAndWhole503()
    {
        await using var host = fixture.Host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddHealthChecks().AddCheck("down", () => HealthCheckResult.Unhealthy(), tags: [HealthEndpoints.Ready])));
        var http = host.CreateClient();

        var live = await http.GetAsync("/healthz/live");
        var ready = await http.GetAsync("/healthz/ready");
        var whole = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whole.StatusCode);
    }
}
