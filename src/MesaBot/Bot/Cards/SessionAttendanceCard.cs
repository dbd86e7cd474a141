using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The attendance by hand, when Teams' meeting events did not come: the conversation's roster as checkboxes
/// for who came and who sent apologies, and the partners' representatives as lines ("CChC: Juan Pérez").
/// The agenda card a session opens with carries the same inputs (<see cref="AddInputs"/>), without the
/// apologies, so the coordinator ticks who came where the session starts.
/// </summary>
public static class SessionAttendanceCard
{
    public const string Present = "asistentes";
    public const string Excused = "excusas";
    public const string Partners = "socios";

    /// <summary>A channel's roster can be the whole team: past this many the agenda leaves it to `asistencia` / `asistentes @…`.</summary>
    public const int MaxInlineRoster = 40;

    public static AdaptiveCard Build(Mesa mesa, Session session, IReadOnlyList<Person> roster)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Attendance_Title, session.Number)) { Size = TextSize.Medium, Weight = TextWeight.Bolder });
        return AddInputs(card, session, roster, withApologies: true)
            .Add(Save(mesa, session));
    }

    /// <summary>"Guardar asistencia": its verb reads the inputs <see cref="AddInputs"/> added to the card.</summary>
    public static ExecuteAction Save(Mesa mesa, Session session) =>
        new(CardTexts.Attendance_Save, CardVerbs.SessionAttendance) { Data = SessionData.Of(mesa.Id, session.Number), Style = ActionStyle.Positive };

    /// <summary>The roster's checkboxes (who came and, with <paramref name="withApologies"/>, who sent apologies) and the partners' lines.</summary>
    public static AdaptiveCard AddInputs(AdaptiveCard card, Session session, IReadOnlyList<Person> roster, bool withApologies)
    {
        var choices = roster.Select(p => new Choice(p.Name, p.ObjectId)).ToList();
        string? Checked(IEnumerable<SessionPerson> people) =>
            string.Join(',', roster.Where(r => people.Any(p => p.ObjectId is { } id && string.Equals(id, r.ObjectId, StringComparison.OrdinalIgnoreCase))).Select(r => r.ObjectId)) is { Length: > 0 } value ? value : null;
        if (choices.Count > 0)
        {
            card.Add(new ChoiceSetInput(Present, CardTexts.Attendance_Present, choices) { Style = "expanded", IsMultiSelect = true, Value = Checked(session.Attendees) });
            if (withApologies)
            {
                card.Add(new ChoiceSetInput(Excused, CardTexts.Attendance_Excused, choices) { Style = "expanded", IsMultiSelect = true, Value = Checked(session.Apologies) });
            }
        }

        return card.Add(new TextInput(Partners, CardTexts.Attendance_Partners) { IsMultiline = true, MaxLength = 2000 });
    }
}
