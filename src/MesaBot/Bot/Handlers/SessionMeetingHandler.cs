using System.Text.Json;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Sessions;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// Teams meeting events in a mesa's conversation: meetingStart opens a session (online, titled as the
/// meeting, with its id), meetingEnd closes the session that meeting opened and posts the acta's draft,
/// and participant joins fill the attendance. Teams is known to drop these events, so each is only a
/// shortcut for the typed commands; an event outside a mesa is ignored.
/// </summary>
public sealed class SessionMeetingHandler(SessionStore sessions, SessionActaHandler actas, SessionTranscriptProposals transcriptProposals)
{
    public const string MeetingStart = "application/vnd.microsoft.meetingStart";
    public const string MeetingEnd = "application/vnd.microsoft.meetingEnd";
    public const string ParticipantJoin = "application/vnd.microsoft.meetingParticipantJoin";

    public async Task OnMeetingStartAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.Mesa is not { Archived: false })
        {
            return;
        }

        var value = chat.Activity.Value;
        var session = new NewSession(Text(value, "Title"), SessionModality.Online, Text(value, "Id"), Time(value, "StartTime"));
        await actas.OpenAsync(chat, session, cancellationToken, quietWhenOpen: true);
    }

    public async Task OnMeetingEndAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.Mesa is not { Archived: false } mesa)
        {
            return;
        }

        var value = chat.Activity.Value;
        if (await sessions.CloseAsync(mesa, chat.Author, Time(value, "EndTime"), Text(value, "Id"), cancellationToken) is { } closed)
        {
            await chat.ShowAsync(await actas.DraftCardAsync(chat, closed, cancellationToken), cancellationToken);
            await transcriptProposals.ProposeAsync(chat, closed, cancellationToken);
        }
    }

    public async Task OnParticipantJoinAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.Mesa is not { Archived: false } mesa || await sessions.OpenSessionAsync(mesa, cancellationToken) is not { } open)
        {
            return;
        }

        var joined = new List<SessionPerson>();
        if (chat.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("members", out var members) && members.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in members.EnumerateArray())
            {
                if (member.ValueKind == JsonValueKind.Object && member.TryGetProperty("user", out var user) && Text(user, "name") is { } name)
                {
                    joined.Add(new SessionPerson(name, Text(user, "aadObjectId") ?? Text(user, "objectId")));
                }
            }
        }

        if (joined.Count > 0)
        {
            await sessions.AddAttendanceAsync(mesa, open.Number, joined.Take(SessionStore.MaxPeople).ToList(), [], [], chat.Author, cancellationToken);
        }
    }

    private static string? Text(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static DateTimeOffset? Time(JsonElement? node, string name) =>
        Text(node, name) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
