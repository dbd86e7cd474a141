using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// Questions about a tarea's or compromiso's date, asked before anything is created: a day already past ("El 27/11 ya
/// pasó": record it overdue, or next year's), or a span too vague for a deadline ("para marzo": one button
/// per concrete day). Every button carries the whole held item (<see cref="IHeldItem"/>).
/// </summary>
public static class DateQuestionCard
{
    /// <param name="nextOccurrence">The same day next year, when the year was not written; null offers only "overdue".</param>
    public static AdaptiveCard Past(IHeldItem task, DateOnly past, DateOnly? nextOccurrence, DateOnly today)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.DateQuestion_Title, DateText.Long(past, today))) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardText.Format(CardTexts.DateQuestion_Body, DateText.Long(today, today), CardText.Truncate(task.Shown, CardText.RowTextLength))))
            .Add(new ExecuteAction(CardText.Format(task.IsCommitment ? CardTexts.DateQuestion_OverdueCommitment : CardTexts.DateQuestion_Overdue, DateText.Short(past, today)), task.Verb)
            {
                Data = task.Data(past, overdueConfirmed: true),
            });
        if (nextOccurrence is { } next)
        {
            card.Add(new ExecuteAction(CardText.Format(CardTexts.DateQuestion_NextYear, DateText.Long(next, today)), task.Verb)
            {
                Data = task.Data(next),
            });
        }

        return card;
    }

    /// <param name="phrase">The vague phrase as written ("para marzo").</param>
    public static AdaptiveCard Vague(IHeldItem task, string phrase, IReadOnlyList<DateOnly> suggestions, DateOnly today)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.DateVague_Title, phrase)) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardText.Format(CardTexts.DateVague_Body, CardText.Truncate(task.Shown, CardText.RowTextLength))));
        foreach (var day in suggestions.Take(2))
        {
            card.Add(new ExecuteAction(DateText.Long(day, today), task.Verb) { Data = task.Data(day) });
        }

        return card;
    }
}
