using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>
/// Records one of MesaBot's counters in one host only: hosts of other tests run in the same process, and
/// each has its own <see cref="IMeterFactory"/>, which is the meter's scope.
/// </summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public MeasurementRecorder(IServiceProvider host, string instrument)
    {
        var scope = host.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (i, listener) =>
        {
            if (i.Meter.Scope == scope && i.Name == instrument)
            {
                listener.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            Measurements.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
    }

    public ConcurrentQueue<(long Value, Dictionary<string, string?> Tags)> Measurements { get; } = new();

    public long Sum(string tag, string value) =>
        Measurements.Where(m => m.Tags.GetValueOrDefault(tag) == value).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
