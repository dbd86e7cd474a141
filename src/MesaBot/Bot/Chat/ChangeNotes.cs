using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// "Carolina cambió el plazo: 12/12 → 19/12": a change worded for the item card, from the item before
/// and after it, or from the history lines a card missed (which keep statuses as labels and dates as dd/MM/yyyy).
/// </summary>
public static class ChangeNotes
{
    private const int TextLength = 60;

    public static IReadOnlyList<string> Of(ItemChangeResult change, DateOnly today)
    {
        var (before, after, by) = (change.Before, change.After, change.By.Name);
        var notes = new List<string>();
        if (before.Status != after.Status)
        {
            notes.Add(CardText.Format(CardTexts.Change_Status, by, CardText.Status(before.Status), CardText.Status(after.Status)));
        }

        if (before.DueDate != after.DueDate)
        {
            notes.Add(CardText.Format(CardTexts.Change_Due, by, DateText.Short(before.DueDate, today), DateText.Short(after.DueDate, today)));
        }

        if (!before.Responsible.IsSamePerson(after.Responsible))
        {
            notes.Add(CardText.Format(CardTexts.Change_Owner, by, before.Responsible.Name, after.Responsible.Name));
        }

        if (before.Text != after.Text)
        {
            notes.Add(CardText.Format(CardTexts.Change_Text, by, CardText.Truncate(before.Text, TextLength), CardText.Truncate(after.Text, TextLength)));
        }

        return notes;
    }

    /// <summary>
    /// The same notes as <see cref="Of(ItemChangeResult, DateOnly)"/> for a reader the change is about: the bot
    /// speaks to them as tú ("Ana te dejó como responsable"), never of them by name.
    /// </summary>
    public static IReadOnlyList<string> For(ItemChangeResult change, DateOnly today, Person reader)
    {
        var (before, after, by) = (change.Before.Responsible, change.After.Responsible, change.By.Name);
        var owner = CardText.Format(CardTexts.Change_Owner, by, before.Name, after.Name);
        var forReader = before.IsSamePerson(after) ? null
            : after.IsSamePerson(reader) && before.IsSamePerson(change.By) ? CardText.Format(CardTexts.Change_OwnerHandedToYou, by)
            : after.IsSamePerson(reader) ? CardText.Format(CardTexts.Change_OwnerToYou, by, before.Name)
            : before.IsSamePerson(reader) ? CardText.Format(CardTexts.Change_OwnerFromYou, by, after.Name)
            : null;
        return [.. Of(change, today).Select(note => forReader is not null && note == owner ? forReader : note)];
    }

    public static IReadOnlyList<string> Of(IEnumerable<AuditEntry> entries, DateOnly today) =>
    [
        .. entries.Select(e => e.Action switch
        {
            AuditAction.StatusChanged => CardText.Format(CardTexts.Change_Status, e.By.Name, Status(e.OldValue), Status(e.NewValue)),
            AuditAction.DueDateChanged => CardText.Format(CardTexts.Change_Due, e.By.Name, Date(e.OldValue, today), Date(e.NewValue, today)),
            AuditAction.OwnerChanged => CardText.Format(CardTexts.Change_Owner, e.By.Name, e.OldValue ?? string.Empty, e.NewValue ?? string.Empty),
            AuditAction.TextChanged => CardText.Format(CardTexts.Change_Text, e.By.Name, CardText.Truncate(e.OldValue ?? string.Empty, TextLength), CardText.Truncate(e.NewValue ?? string.Empty, TextLength)),
            AuditAction.FollowUpMarked => CardText.Format(CardTexts.Change_FollowUpMarked, e.By.Name),
            AuditAction.FollowUpRemoved => CardText.Format(CardTexts.Change_FollowUpRemoved, e.By.Name),
            _ => null,
        }).OfType<string>(),
    ];

    // The history keeps the records' own labels ("en curso"); the card words them in the mesa's language.
    private static string Status(string? label) =>
        Enum.GetValues<ItemStatus>().FirstOrDefault(s => s.Label() == label) is var status && status.Label() == label ? CardText.Status(status) : label ?? string.Empty;

    private static string Date(string? stored, DateOnly today) =>
        DateOnly.TryParseExact(stored, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateText.Short(date, today) : stored ?? string.Empty;
}
