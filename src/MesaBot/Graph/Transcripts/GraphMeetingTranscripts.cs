using MesaBot.Graph.Transcripts;
using Microsoft.Extensions.Logging;

namespace MesaBot.Graph;

/// <summary>
/// GET /users/{organizerId}/onlineMeetings/{meetingId}/transcripts, then the latest one's
/// …/transcripts/{id}/content with Accept: text/vtt, parsed by <see cref="WebVttTranscript"/>. Permissions
/// (docs/graph.md, "Meeting transcripts"): RSC OnlineMeetingTranscript.Read.Chat in a meeting's chat,
/// ChannelMeetingTranscript.Read.Group for a channel meeting, or the application permission
/// OnlineMeetingTranscript.Read.All with an application access policy.
/// </summary>
internal sealed partial class GraphMeetingTranscripts(GraphClientProvider clients, ILogger<GraphMeetingTranscripts> logger) : IMeetingTranscripts
{
    // What Graph answers when the tenant's or the meeting's policy keeps apps away from transcripts.
    public const string TranscriptsDisabledCode = "GraphAccessToTranscriptsDisabled";

    public async Task<TranscriptResult> LatestAsync(string organizerId, string meetingId, CancellationToken cancellationToken)
    {
        var meeting = clients.Create().Users[organizerId].OnlineMeetings[meetingId];
        try
        {
            var list = await meeting.Transcripts.GetAsync(cancellationToken: cancellationToken);
            var latest = list?.Value?.Where(t => t.Id is { Length: > 0 }).OrderByDescending(t => t.CreatedDateTime).FirstOrDefault();
            if (latest is null)
            {
                return TranscriptResult.Of(TranscriptStatus.NoTranscript);
            }

            await using var content = await meeting.Transcripts[latest.Id].Content.GetAsync(
                request => request.Headers.TryAdd("Accept", "text/vtt"), cancellationToken);
            using var reader = new StreamReader(content ?? Stream.Null);
            var turns = WebVttTranscript.Parse(await reader.ReadToEndAsync(cancellationToken));
            Log.Read(logger, meetingId, turns.Count);
            return new TranscriptResult(TranscriptStatus.Read, turns);
        }
        catch (Exception error) when (GraphFailure.IsGraphError(error, cancellationToken))
        {
            var failure = GraphLog.Failed(logger, "GET /users/{organizerId}/onlineMeetings/{meetingId}/transcripts", error);
            return failure switch
            {
                { Status: 402 } or { IsForbidden: true } => TranscriptResult.Of(TranscriptStatus.NotAvailable, failure),
                { IsNotFound: true } => TranscriptResult.Of(TranscriptStatus.NoTranscript, failure),
                _ => TranscriptResult.Of(TranscriptStatus.Failed, failure),
            };
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7060, Level = LogLevel.Information, Message = "Transcript of meeting {MeetingId} read: {TurnCount} turns")]
        public static partial void Read(ILogger logger, string meetingId, int turnCount);
    }
}

/// <summary>Graph switched off: no transcript can be read, and the bot says so.</summary>
internal sealed class UnconfiguredMeetingTranscripts : IMeetingTranscripts
{
    public Task<TranscriptResult> LatestAsync(string organizerId, string meetingId, CancellationToken cancellationToken) =>
        Task.FromResult(TranscriptResult.Of(TranscriptStatus.NotConfigured));
}
