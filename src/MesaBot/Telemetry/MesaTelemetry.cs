using System.Diagnostics;

namespace MesaBot.Telemetry;

/// <summary>
/// The names MesaBot's own traces and metrics go by. This namespace knows nothing else of MesaBot, so
/// every layer (storage, protocol, reminders) may report here without an arrow pointing back.
/// </summary>
public static class MesaTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and the Meter: what the exporters subscribe to.</summary>
    public const string Name = "MesaBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly HashSet<string> ActivityTypes = new(StringComparer.Ordinal)
    {
        "message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "messageUpdate",
        "messageDelete", "event", "typing", "endOfConversation",
    };

    private static readonly HashSet<string> ConversationTypes = new(StringComparer.Ordinal) { "personal", "channel", "groupChat" };

    // Tags come from the activity, which anyone can send: unknown values collapse, so hostile input cannot
    // create a metric series per request.
    public static string ActivityType(string? type) => type is not null && ActivityTypes.Contains(type) ? type : "other";

    public static string ConversationType(string? type) => type is null ? "none" : ConversationTypes.Contains(type) ? type : "other";
}
