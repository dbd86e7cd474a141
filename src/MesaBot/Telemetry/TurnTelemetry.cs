using System.Diagnostics;

namespace MesaBot.Telemetry;

/// <summary>
/// What the turn boundary calls: one span per turn tagged with the activity and conversation type, and
/// the turns counter by outcome when the turn ends. Strings in, so this knows nothing of the protocol.
/// </summary>
public sealed class TurnTelemetry(MesaMetrics metrics)
{
    public TurnMeasurement Start(string? activityType, string? conversationType)
    {
        var type = MesaTelemetry.ActivityType(activityType);
        var span = MesaTelemetry.Source.StartActivity("turn " + type);
        span?.SetTag("mesabot.activity.type", type);
        span?.SetTag("mesabot.conversation.type", MesaTelemetry.ConversationType(conversationType));
        return new TurnMeasurement(metrics, span, type);
    }
}

/// <summary>One turn being measured: answered unless told otherwise before it is disposed.</summary>
public sealed class TurnMeasurement(MesaMetrics metrics, Activity? span, string activityType) : IDisposable
{
    private string _outcome = "answered";

    /// <summary>The records refused the request (a rule, a conflict, not found); the user was told why.</summary>
    public void Refused() => _outcome = "refused";

    public void Failed(Exception error)
    {
        _outcome = "failed";
        span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        span?.AddException(error);
    }

    public void Dispose()
    {
        span?.SetTag("mesabot.outcome", _outcome);
        span?.Dispose();
        metrics.TurnEnded(activityType, _outcome);
    }
}
