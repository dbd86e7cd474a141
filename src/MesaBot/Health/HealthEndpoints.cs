using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MesaBot.Health;

public static class HealthEndpoints
{
    /// <summary>The tag of the checks that say whether this instance can serve traffic (storage reachable).</summary>
    public const string Ready = "ready";

    /// <summary>
    /// <c>/healthz/live</c> runs no check: it answers as long as the process does, so a storage outage never
    /// gets a healthy process restarted. <c>/healthz/ready</c> runs the <see cref="Ready"/> checks, for the load
    /// balancer (App Service's health check). <c>/healthz</c> runs every check, as it always has.
    /// </summary>
    public static IEndpointRouteBuilder MapMesaHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
