using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MesaBot.Storage;

/// <summary>/healthz and /healthz/ready: can we reach Table Storage right now?</summary>
internal sealed class StorageHealthCheck(TableStorage storage) : IHealthCheck
{
    // The readiness tag by value: Storage knows nothing above it, so it does not name MesaBot.Health.
    public const string ReadinessTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await storage.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("Table Storage reachable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Table Storage unreachable", ex);
        }
    }
}
