using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The attendance by hand, when Teams' meeting events did not come: the conversation's roster as checkboxes
/// for who came and who sent apologies, and the partners' representatives as lines ("CChC: Juan Pérez").
/// </summary>
public static class SessionAttendanceCard
{
    public const string Present = "asistentes";
    public const string Excused = "excusas";
    public const string Partners = "socios";

    public static AdaptiveCard Build(Mesa mesa, Session session, IReadOnlyList<Person> roster)
    {
        var choices = roster.Select(p => new Choice(p.Name, p.ObjectId)).ToList();
        string? Checked(IEnumerable<SessionPerson> people) =>
            string.Join(',', roster.Where(r => people.Any(p => p.ObjectId is { } id && string.Equals(id, r.ObjectId, StringComparison.OrdinalIgnoreCase))).Select(r => r.ObjectId)) is { Length: > 0 } value ? value : null;
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Attendance_Title, session.Number)) { Size = TextSize.Medium, Weight = TextWeight.Bolder });
        if (choices.Count > 0)
        {
            card.Add(new ChoiceSetInput(Present, CardTexts.Attendance_Present, choices) { Style = "expanded", IsMultiSelect = true, Value = Checked(session.Attendees) })
                .Add(new ChoiceSetInput(Excused, CardTexts.Attendance_Excused, choices) { Style = "expanded", IsMultiSelect = true, Value = Checked(session.Apologies) });
        }

        return card
            .Add(new TextInput(Partners, CardTexts.Attendance_Partners) { IsMultiline = true, MaxLength = 2000 })
            .Add(new ExecuteAction(CardTexts.Attendance_Save, CardVerbs.SessionAttendance) { Data = SessionData.Of(mesa.Id, session.Number), Style = ActionStyle.Positive });
    }
}
