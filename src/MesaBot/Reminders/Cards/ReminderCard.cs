using System.Globalization;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Reminders.Planning;
using MesaBot.Reminders.Resources;

namespace MesaBot.Reminders.Cards;

/// <summary>
/// The reminder sent to a person's 1:1 chat: the item, its mesa and due date, and buttons to mark it
/// cumplida or postpone it a week, which work from the personal chat (data: mesa, ref, version). With the
/// reminded person's Teams id it carries a Universal Actions refresh, so a reminder viewed after the item
/// changed shows the item as it is now (the item card, verb <see cref="CardVerbs.RefreshItem"/>).
/// </summary>
public static class ReminderCard
{
    /// <param name="recipientTeamsId">The reminded person's "29:…" id; null leaves the card without refresh.</param>
    public static AdaptiveCard Build(Mesa mesa, ReminderItem item, ReminderKind kind, DateOnly today, string? recipientTeamsId = null)
    {
        var id = mesa.Qualified(item.Ref);
        var title = item.Partner is null
            ? string.Format(CultureInfo.CurrentCulture, ReminderTexts.Reminder_Task, id)
            : string.Format(CultureInfo.CurrentCulture, ReminderTexts.Reminder_Commitment, id, item.Partner);
        var when = kind switch
        {
            ReminderKind.DueToday when item.DueTime is { } at => string.Format(CultureInfo.CurrentCulture, ReminderTexts.Reminder_DueTodayAt, at.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ReminderKind.DueToday => ReminderTexts.Reminder_DueToday,
            ReminderKind.Overdue => string.Format(CultureInfo.CurrentCulture, ReminderTexts.Reminder_Overdue, DateText.DueStatus(item.DueDate, today)),
            _ => string.Format(CultureInfo.CurrentCulture, ReminderTexts.Reminder_Upcoming, DateText.DueStatus(item.DueDate, today)),
        };
        var data = new Dictionary<string, string> { ["mesa"] = mesa.Id, ["ref"] = item.Ref.ToString(), ["version"] = item.Version };
        var card = new AdaptiveCard
        {
            Refresh = recipientTeamsId is { Length: > 0 } reader ? new CardRefresh(CardVerbs.RefreshItem, data, [reader]) : null,
        };
        return card
            .Add(new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(when) { IsSubtle = kind != ReminderKind.Overdue })
            .Add(new TextBlock(item.Text))
            .Add(new FactSet(
            [
                new Fact(ReminderTexts.Fact_Mesa, $"{mesa.Name} ({mesa.Code})"),
                new Fact(ReminderTexts.Fact_Due, DateText.Long(item.DueDate, today)),
                new Fact(item.Partner is null ? ReminderTexts.Fact_Owner : ReminderTexts.Fact_FollowedBy, item.Person.Name),
            ]))
            .Add(new ExecuteAction(ReminderTexts.Action_Done, CardVerbs.Complete) { Data = data })
            .Add(new ExecuteAction(ReminderTexts.Action_Postpone, CardVerbs.Postpone) { Data = new Dictionary<string, string>(data) { ["dias"] = "7" } });
    }
}
