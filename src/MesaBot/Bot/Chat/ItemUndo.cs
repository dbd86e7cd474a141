using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The "Deshacer" button's data: the one field a change touched and its value before, so pressing it
/// asks for the inverse change (read back by <see cref="Read"/>).
/// </summary>
public static class ItemUndo
{
    private const string StatusField = "estado";
    private const string DueField = "plazo";
    private const string OwnerField = "responsable";
    private const string TextField = "texto";

    public static IReadOnlyList<(string Key, string Value)>? Offer(ItemChangeResult change)
    {
        var (before, after) = (change.Before, change.After);
        if (!change.ChangedAnything)
        {
            return null;
        }

        if (before.Status != after.Status)
        {
            return [(ItemData.Undo, StatusField), (ItemData.Before, before.Status.ToString())];
        }

        if (before.DueDate != after.DueDate)
        {
            return [(ItemData.Undo, DueField), (ItemData.Before, before.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
        }

        if (!before.Responsible.IsSamePerson(after.Responsible))
        {
            var owner = before.Responsible;
            return [(ItemData.Undo, OwnerField), (ItemData.Before, owner.ObjectId), (ItemData.BeforeName, owner.Name), (ItemData.BeforeTeamsId, owner.TeamsUserId ?? string.Empty)];
        }

        return before.Text != after.Text ? [(ItemData.Undo, TextField), (ItemData.Before, before.Text)] : null;
    }

    /// <summary>The inverse change a "Deshacer" button asks for; null when its data is not one.</summary>
    public static ItemChange? Read(CardActionData data) => (data[ItemData.Undo], data[ItemData.Before]) switch
    {
        (StatusField, var s) when Enum.TryParse<ItemStatus>(s, out var status) && Enum.IsDefined(status) => status switch
        {
            ItemStatus.Pendiente => new ItemChange.Reopen(),
            ItemStatus.EnCurso => new ItemChange.Start(),
            ItemStatus.Cumplida => new ItemChange.Complete(),
            _ => new ItemChange.Cancel(),
        },
        (DueField, var d) when DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) => new ItemChange.Postpone(due),
        (OwnerField, { } id) when data[ItemData.BeforeName] is { } name => new ItemChange.Reassign(new Person(id, name, data[ItemData.BeforeTeamsId])),
        (TextField, { } text) => new ItemChange.Edit(text),
        (ItemData.UndoCreation, _) => new ItemChange.Cancel(),
        _ => null,
    };
}
