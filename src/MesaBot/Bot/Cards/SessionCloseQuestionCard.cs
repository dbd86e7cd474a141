using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Cards;

/// <summary>
/// "¿Cerrar la sesión 7?", asked when a session has been open long with nothing logged: Teams' meetingEnd
/// is known to go missing, and an acta should not wait for it.
/// </summary>
public static class SessionCloseQuestionCard
{
    public static AdaptiveCard Build(Mesa mesa, Session session, DateOnly today)
    {
        var started = TimeZoneInfo.ConvertTime(session.StartedAt, mesa.TimeZone);
        return new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Session_CloseQuestion, session.Number)) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardText.Format(CardTexts.Session_CloseQuestionWhy, DateText.Short(DateOnly.FromDateTime(started.DateTime), today), started.ToString("HH:mm"))) { Spacing = Spacing.None })
            .Add(new ExecuteAction(CardTexts.Session_Close, CardVerbs.CloseSession) { Data = SessionData.Of(mesa.Id, session.Number), Style = ActionStyle.Positive })
            .Add(new ExecuteAction(CardTexts.Session_KeepOpen, CardVerbs.KeepSessionOpen) { Data = SessionData.Of(mesa.Id, session.Number) });
    }
}
