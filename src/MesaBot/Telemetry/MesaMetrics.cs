using System.Diagnostics.Metrics;

namespace MesaBot.Telemetry;

/// <summary>
/// MesaBot's counters, on a Meter from the host's <see cref="IMeterFactory"/> (so each host in a test
/// process has its own, and a MeterListener can tell them apart by <see cref="Meter.Scope"/>).
/// </summary>
public sealed class MesaMetrics
{
    private readonly Counter<long> _turns;
    private readonly Counter<long> _storageRequests;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _throttled;

    public MesaMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MesaTelemetry.Name);
        _turns = meter.CreateCounter<long>("mesabot.turns", "{turn}", "Turns by activity type and outcome (answered, refused, failed).");
        _storageRequests = meter.CreateCounter<long>("mesabot.storage.requests", "{request}", "HTTP requests to Table Storage, retries included.");
        _deliveries = meter.CreateCounter<long>("mesabot.deliveries", "{delivery}", "Reminder and digest deliveries by outcome (sent, failed, unreachable).");
        _throttled = meter.CreateCounter<long>("mesabot.http.throttled", "{response}", "429 answers seen from a remote service (connector, graph), each attempt counted.");
    }

    public void TurnEnded(string activityType, string outcome) =>
        _turns.Add(1, new("activity.type", activityType), new("outcome", outcome));

    public void StorageRequest(string method) => _storageRequests.Add(1, new KeyValuePair<string, object?>("http.request.method", method));

    public void Delivered(string outcome) => _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Throttled(string service) => _throttled.Add(1, new KeyValuePair<string, object?>("service", service));
}
