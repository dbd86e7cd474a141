using MesaBot.Records;

namespace MesaBot.Reminders.Cards;

/// <summary>What a reminder card shows of a tarea or compromiso, read fresh from its store.</summary>
public sealed record ReminderItem(RecordRef Ref, string Text, DateOnly DueDate, Person Person, string? Partner, string Version)
{
    public static ReminderItem From(ActionItem t) => new(t.Ref, t.Text, t.DueDate, t.Owner, null, t.Version);

    public static ReminderItem From(Commitment c) => new(c.Ref, c.Text, c.DueDate, c.FollowedBy, c.Partner, c.Version);
}
