using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Extraction;
using MesaBot.Graph;
using MesaBot.Graph.Transcripts;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using Microsoft.Extensions.Logging;

namespace MesaBot.Bot.Sessions;

/// <summary>
/// At a session's end: when a Teams meeting opened it, the meeting's latest transcript is read from Graph,
/// the extractor runs over its speaker turns (the speaker owns "yo me encargo…", dates are read against the
/// meeting's day) and the proposals card is posted, keyed on the session so a second close proposes the
/// same ids. Nothing is created before "Registrar seleccionados"; what it creates belongs to this session
/// (its acta), even when pressed after the next one opened. When no transcript can be read it says
/// nothing: Graph off or refused is the tenant's standing choice and would be repeated at every session,
/// and "none yet" is the usual case; each outcome is logged.
/// </summary>
public sealed partial class SessionTranscriptProposals(
    IMeetingTranscripts transcripts,
    IRecordExtractor extractor,
    TenantPartners partners,
    ChileBusinessCalendar calendar,
    ILogger<SessionTranscriptProposals> logger)
{
    /// <summary>The one call on the close path; never throws for Graph's refusals.</summary>
    public async Task ProposeAsync(ChatContext chat, Session closed, CancellationToken cancellationToken)
    {
        if (chat.Mesa is not { } mesa || closed.MeetingId is not { Length: > 0 } meetingId || closed.OpenedBy.ObjectId is not { Length: > 0 } organizer)
        {
            return;
        }

        var result = await transcripts.LatestAsync(organizer, meetingId, cancellationToken);
        if (result.Status != TranscriptStatus.Read || result.Turns.Count == 0)
        {
            Log.NoTranscript(logger, mesa.Code, closed.Number, result.Status);
            return;
        }

        var members = await ProposalRegistration.MembersAsync(chat, cancellationToken);
        var meetingDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closed.StartedAt, mesa.TimeZone).DateTime);
        var passages = result.Turns.Select(t => new Passage(t.Text, SpeakerOf(t.Speaker, members))).ToList();
        var input = new ExtractionInput(passages, meetingDay, members, partners.For(mesa)) { Calendar = calendar };
        var drafts = extractor.Extract(input).Select(ProposalDraft.Of).ToList();
        Log.Proposed(logger, mesa.Code, closed.Number, result.Turns.Count, drafts.Count);
        if (drafts.Count == 0)
        {
            return;
        }

        var origin = $"sesion-{mesa.Id}-{closed.Number}";
        var session = CardText.Format(CardTexts.Sessions_Row, closed.Number);
        await chat.ShowAsync(ProposalsCard.Build(drafts, members, chat.Today, origin, new ProposalsCardOptions { Session = session, SessionNumber = closed.Number }), cancellationToken);
    }

    /// <summary>The roster person whose name the transcript gives ("Ana Pérez", or "Ana Perez" without accents); null for a guest.</summary>
    public static Person? SpeakerOf(string? speaker, IReadOnlyList<Person> members)
    {
        if (speaker is not { Length: > 0 })
        {
            return null;
        }

        var folded = FoldedText.Fold(speaker).Trim();
        var matches = members.Where(m => FoldedText.Fold(m.Name).Trim() == folded).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7070, Level = LogLevel.Information, Message = "No proposals from the transcript of session {Session} of mesa {Mesa}: {Status}")]
        public static partial void NoTranscript(ILogger logger, string mesa, int session, TranscriptStatus status);

        [LoggerMessage(EventId = 7071, Level = LogLevel.Information, Message = "Transcript of session {Session} of mesa {Mesa}: {TurnCount} turns, {ProposalCount} proposals")]
        public static partial void Proposed(ILogger logger, string mesa, int session, int turnCount, int proposalCount);
    }
}
