using System.Diagnostics;
using System.Diagnostics.Metrics;
using MesaBot.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace MesaBot.Tests.Telemetry;

public sealed class TurnTelemetryTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly MeterListener _listener = new();
    private readonly ActivityListener _spans;
    private readonly List<(string? Type, string? Outcome)> _turns = [];
    private readonly List<Activity> _ended = [];

    public TurnTelemetryTests()
    {
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<MesaMetrics>();
        services.AddSingleton<TurnTelemetry>();
        _services = services.BuildServiceProvider();
        var scope = _services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Scope == scope && i.Name == "mesabot.turns")
            {
                l.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(x => x.Key, x => x.Value as string);
            _turns.Add((t["activity.type"], t["outcome"]));
        });
        _listener.Start();
        _spans = new ActivityListener
        {
            ShouldListenTo = s => s.Name == MesaTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (_ended) { _ended.Add(a); } },
        };
        ActivitySource.AddActivityListener(_spans);
    }

    private TurnTelemetry Telemetry => _services.GetRequiredService<TurnTelemetry>();

    [Fact]
    public void Start_NothingSaid_CountedAnsweredWithOneTaggedSpan()
    {
        var id = Guid.NewGuid().ToString();
        using (var turn = Telemetry.Start("message", "channel"))
        {
            Activity.Current?.SetTag("test.id", id);
        }

        Assert.Equal([("message", "answered")], _turns);
        var span = Assert.Single(Ended(id));
        Assert.Equal("message", span.GetTagItem("mesabot.activity.type"));
        Assert.Equal("channel", span.GetTagItem("mesabot.conversation.type"));
        Assert.Equal("answered", span.GetTagItem("mesabot.outcome"));
    }

    [Fact]
    public void Refused_CountedRefused()
    {
        using (var turn = Telemetry.Start("invoke", "personal"))
        {
            turn.Refused();
        }

        Assert.Equal([("invoke", "refused")], _turns);
    }

    [Fact]
    public void Failed_CountedFailedAndSpanMarkedError()
    {
        var id = Guid.NewGuid().ToString();
        using (var turn = Telemetry.Start("message", "groupChat"))
        {
            Activity.Current?.SetTag("test.id", id);
            turn.Failed(new InvalidOperationException("boom"));
        }

        Assert.Equal([("message", "failed")], _turns);
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(Ended(id)).Status);
    }

    [Fact]
    public void Start_UnknownTypesFromTheWire_CollapseToOther()
    {
        using (Telemetry.Start("x" + Guid.NewGuid(), "weird"))
        {
        }

        Assert.Equal([("other", "answered")], _turns);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _spans.Dispose();
        _services.Dispose();
    }

    private List<Activity> Ended(string id)
    {
        lock (_ended)
        {
            return [.. _ended.Where(a => a.GetTagItem("test.id") as string == id)];
        }
    }
}
