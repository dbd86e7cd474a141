using System.Globalization;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Reminders.Resources;

namespace MesaBot.Reminders.Cards;

/// <summary>
/// The weekly note to a mesa's channel: its overdue items, oldest first, and the reminders that could not
/// be delivered that week (people who blocked the bot, sends that kept failing), so coordinators can act.
/// </summary>
public static class OverdueSummaryCard
{
    public const int MaxLines = 15;

    public static AdaptiveCard Build(Mesa mesa, IReadOnlyList<ReminderItem> overdue, IReadOnlyList<UndeliveredReminder> problems, DateOnly today)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(Format(ReminderTexts.Summary_Title, mesa.Name)) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(Format(ReminderTexts.Summary_Intro, DateText.Long(today, today), overdue.Count)) { IsSubtle = true });
        foreach (var item in overdue.OrderBy(i => i.DueDate).Take(MaxLines))
        {
            card.Add(new TextBlock(Format(ReminderTexts.Summary_Line, mesa.Qualified(item.Ref), item.Person.Name, item.Text, DateText.DueStatus(item.DueDate, today))));
        }

        AddMore(card, overdue.Count);
        if (problems.Count > 0)
        {
            card.Add(new TextBlock(ReminderTexts.Summary_Problems) { Weight = TextWeight.Bolder, Separator = true });
            foreach (var p in problems.OrderBy(p => p.Date).Take(MaxLines))
            {
                card.Add(new TextBlock(p.Unreachable
                    ? Format(ReminderTexts.Summary_Unreachable, p.Who)
                    : Format(ReminderTexts.Summary_Failed, p.Who, DateText.Short(p.Date, today))));
            }

            AddMore(card, problems.Count);
        }

        return card;
    }

    private static void AddMore(AdaptiveCard card, int count)
    {
        if (count > MaxLines)
        {
            card.Add(new TextBlock(Format(ReminderTexts.Summary_More, count - MaxLines)) { IsSubtle = true });
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
