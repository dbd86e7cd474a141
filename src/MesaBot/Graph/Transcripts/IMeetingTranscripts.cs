namespace MesaBot.Graph;

/// <summary>
/// The transcript of a Teams meeting, read from Graph, as speaker turns. Never throws for Graph's refusals:
/// a tenant that switched transcripts off, a missing licence or permission, or a meeting without a transcript
/// are outcomes the bot words for the user.
/// </summary>
public interface IMeetingTranscripts
{
    /// <summary>The meeting's latest transcript: <paramref name="organizerId"/> is the organizer's Entra object id, <paramref name="meetingId"/> the onlineMeeting id.</summary>
    Task<TranscriptResult> LatestAsync(string organizerId, string meetingId, CancellationToken cancellationToken);
}

public enum TranscriptStatus
{
    Read,

    /// <summary>The meeting has no transcript (nobody started one, or Teams has not finished it).</summary>
    NoTranscript,

    /// <summary>Graph refused: transcripts off for the tenant or this meeting (403 GraphAccessToTranscriptsDisabled), no permission (403), or a licence or payment needed (402).</summary>
    NotAvailable,

    /// <summary>Graph is switched off in this deployment.</summary>
    NotConfigured,

    Failed,
}

/// <summary>What reading a transcript gave: its turns when <see cref="TranscriptStatus.Read"/>, else why not.</summary>
public sealed record TranscriptResult(TranscriptStatus Status, IReadOnlyList<Transcripts.TranscriptTurn> Turns, GraphFailure? Failure = null)
{
    public static TranscriptResult Of(TranscriptStatus status, GraphFailure? failure = null) => new(status, [], failure);
}
