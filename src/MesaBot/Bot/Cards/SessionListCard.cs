using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to "actas": the mesa's sessions, newest first, each with its acta's state (abierta, borrador, aprobada, versión N) and a button to its card.</summary>
public static class SessionListCard
{
    public const int MaxRows = 20;

    public static AdaptiveCard Build(Mesa mesa, IReadOnlyList<Session> sessions, DateOnly today)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Sessions_Title, CardText.OfMesa(mesa))) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (sessions.Count == 0)
        {
            return card.Add(new TextBlock(CardTexts.Sessions_None) { IsSubtle = true });
        }

        foreach (var (session, i) in sessions.OrderByDescending(s => s.Number).Take(MaxRows).Select((s, i) => (s, i)))
        {
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.StartedAt, mesa.TimeZone).DateTime);
            card.Add(new Container(
            [
                new RichTextBlock(
                [
                    new TextRun(CardText.Format(CardTexts.Sessions_Row, session.Number)) { Weight = TextWeight.Bolder },
                    new TextRun($" · {DateText.Short(date, today)}" + (session.Title is { } title ? $" · {CardText.Truncate(title, 60)}" : string.Empty)),
                ]),
                new TextBlock(State(session)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
            ])
            {
                Separator = i > 0,
                SelectAction = new ExecuteAction(CardTexts.Acta_Show, CardVerbs.ShowActa) { Data = SessionData.Of(mesa.Id, session.Number) },
            });
        }

        return card;
    }

    public static string State(Session session) => session switch
    {
        { IsOpen: true } => CardTexts.Acta_StateOpen,
        { IsApproved: true, ActaVersion: 1 } => CardTexts.Acta_StateApproved,
        { IsApproved: true } s => CardText.Format(CardTexts.Sessions_ApprovedVersion, s.ActaVersion),
        { ActaVersion: > 1 } s => CardText.Format(CardTexts.Sessions_CorrectionDraft, s.ActaVersion),
        _ => CardTexts.Acta_StateDraft,
    };
}
