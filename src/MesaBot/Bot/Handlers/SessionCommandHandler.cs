using System.Globalization;
using System.Text.RegularExpressions;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Bot.Sessions;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Protocol;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The session commands in a mesa's conversation: `abrir sesión [título]` (or `sesión`), `cerrar sesión`,
/// `próxima sesión &lt;fecha&gt;`, `asistentes @a @b` (and "CChC: Juan Pérez" lines), `excusas @c`.
/// Opening posts the agenda card; closing posts the acta's draft (<see cref="SessionActaHandler"/>).
/// </summary>
public sealed partial class SessionCommandHandler(SessionStore sessions, SessionActaHandler actas, ChileBusinessCalendar calendar, SessionTranscriptProposals transcriptProposals)
{
    public static readonly string[] OpenCommands = ["abrir sesion", "sesion", "open session"];
    public static readonly string[] CloseCommands = ["cerrar sesion", "close session", "end session"];
    public static readonly string[] NextCommands = ["proxima sesion", "next session"];
    public static readonly string[] AttendeesCommands = ["asistentes", "asistencia", "attendees"];
    public static readonly string[] ApologiesCommands = ["excusas", "excusados", "apologies"];

    public Task OnOpenAsync(ChatContext chat, CancellationToken cancellationToken) =>
        actas.OpenAsync(chat, new NewSession(MentionedPeople.WithoutMentionTags(chat.Arguments) is { Length: > 0 } title ? title : null), cancellationToken);

    public async Task OnCloseAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var closed = await sessions.CloseAsync(chat.Mesa!, chat.Author, endedAt: null, meetingId: null, cancellationToken);
        if (closed is null)
        {
            await chat.SayAsync(Strings.Session_NoneOpen, cancellationToken);
            return;
        }

        await chat.ShowAsync(await actas.DraftCardAsync(chat, closed, cancellationToken), cancellationToken);
        await transcriptProposals.ProposeAsync(chat, closed, cancellationToken);
    }

    public async Task OnNextAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var text = MentionedPeople.WithoutMentionTags(chat.Arguments);
        if (text.Length == 0)
        {
            await chat.SayAsync(Strings.Session_NextUsage, cancellationToken);
            return;
        }

        var parsed = SpanishDateParser.Parse(text, chat.Today, calendar);
        if (!parsed.Success)
        {
            await chat.SayAsync(ErrorText.For(parsed.Error), cancellationToken);
            return;
        }

        if (await sessions.CurrentOrLastAsync(chat.Mesa!, cancellationToken) is not { } session)
        {
            await chat.SayAsync(Strings.Session_NoSessions, cancellationToken);
            return;
        }

        var next = new NextSession(parsed.Date, TimeOf(text));
        await sessions.SetNextAsync(chat.Mesa!, session.Number, next, chat.Author, cancellationToken);
        var when = DateText.Long(next.Date, chat.Today) + (next.Time is { } at ? $" {at:HH\\:mm}" : string.Empty);
        await chat.SayAsync(string.Format(CultureInfo.CurrentUICulture, Strings.Session_NextSet, session.Number, when), cancellationToken);
    }

    public Task OnAttendeesAsync(ChatContext chat, CancellationToken cancellationToken) => AttendanceAsync(chat, excused: false, cancellationToken);

    public Task OnApologiesAsync(ChatContext chat, CancellationToken cancellationToken) => AttendanceAsync(chat, excused: true, cancellationToken);

    private async Task AttendanceAsync(ChatContext chat, bool excused, CancellationToken cancellationToken)
    {
        var people = new List<SessionPerson>();
        foreach (var mention in MentionedPeople.Of(chat.Activity))
        {
            if (await chat.Roster.ResolveAsync(mention, cancellationToken) is { Found: true } found)
            {
                people.Add(new SessionPerson(found.Person.Person.Name, found.Person.Person.ObjectId));
            }
        }

        // "CChC: Juan Pérez", one per line or after commas: partners' representatives are not in the roster.
        var representatives = excused ? [] : RepresentativeLine().Matches(MentionedPeople.WithoutMentionTags(chat.Arguments))
            .Select(m => new PartnerRepresentative(m.Groups["partner"].Value.Trim(), m.Groups["name"].Value.Trim()))
            .ToList();
        if (people.Count + representatives.Count == 0 && (excused || chat.Arguments.Trim().Length > 0))
        {
            await chat.SayAsync(excused ? Strings.Session_ApologiesUsage : Strings.Session_AttendanceUsage, cancellationToken);
            return;
        }

        if (await sessions.CurrentOrLastAsync(chat.Mesa!, cancellationToken) is not { } session)
        {
            await chat.SayAsync(Strings.Session_NoSessions, cancellationToken);
            return;
        }

        // "asistencia" alone: the roster as checkboxes, for when Teams' participant events did not come.
        if (people.Count + representatives.Count == 0)
        {
            await chat.ShowAsync(SessionAttendanceCard.Build(chat.Mesa!, session, await chat.Roster.PeopleAsync(cancellationToken)), cancellationToken);
            return;
        }

        var saved = await sessions.AddAttendanceAsync(chat.Mesa!, session.Number, excused ? [] : people, excused ? people : [], representatives, chat.Author, cancellationToken);
        object[] counts = [saved.Number, saved.Attendees.Count, saved.Apologies.Count, saved.Representatives.Count];
        await chat.SayAsync(string.Format(CultureInfo.CurrentUICulture, Strings.Session_AttendanceSaved, counts), cancellationToken);
    }

    /// <summary>The attendance card's "Guardar asistencia": the checked members (object ids from the roster) and the partners' lines.</summary>
    public async Task<InvokeResponse> OnAttendanceCardAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (data[ItemData.Mesa] != chat.Mesa!.Id || !int.TryParse(data[SessionData.Session], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await sessions.GetAsync(chat.Mesa, number, cancellationToken) is null)
        {
            return ChatAnswer.Say(Strings.Item_CardStale).ToInvokeResponse();
        }

        // Only people of this conversation's roster count: a crafted id names nobody.
        var roster = await chat.Roster.PeopleAsync(cancellationToken);
        List<SessionPerson> Chosen(string key) =>
            [.. (data[key] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => roster.FirstOrDefault(p => string.Equals(p.ObjectId, id, StringComparison.OrdinalIgnoreCase)))
                .OfType<Records.Person>()
                .Select(p => new SessionPerson(p.Name, p.ObjectId))];
        var representatives = RepresentativeLine().Matches(data[SessionAttendanceCard.Partners] ?? string.Empty)
            .Select(m => new PartnerRepresentative(m.Groups["partner"].Value.Trim(), m.Groups["name"].Value.Trim()))
            .ToList();
        var saved = await sessions.AddAttendanceAsync(chat.Mesa, number, Chosen(SessionAttendanceCard.Present), Chosen(SessionAttendanceCard.Excused), representatives, chat.Author, cancellationToken);
        object[] counts = [saved.Number, saved.Attendees.Count, saved.Apologies.Count, saved.Representatives.Count];
        return ChatAnswer.Say(string.Format(CultureInfo.CurrentUICulture, Strings.Session_AttendanceSaved, counts)).ToInvokeResponse();
    }

    private static TimeOnly? TimeOf(string text) =>
        TimeOfDay().Match(text) is { Success: true } m && int.TryParse(m.Groups["h"].Value, out var hour) && hour < 24
            ? new TimeOnly(hour, m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0)
            : null;

    [GeneratedRegex(@"(?:a las |\b)(?<h>[01]?\d|2[0-3])(?::(?<m>[0-5]\d))(?:\s*(?:hrs|h))?\b|a las (?<h>[01]?\d|2[0-3])\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"(?<partner>[^\s:,][^:,\n]{0,60}?)\s*:\s*(?<name>[^,\n]+)")]
    private static partial Regex RepresentativeLine();
}
