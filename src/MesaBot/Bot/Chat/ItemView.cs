using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// A tarea or a compromiso as the chat handles both: the record with the mesa it belongs to (a personal
/// chat acts on items of several mesas), and who answers for it.
/// </summary>
public sealed record ItemView(Mesa Mesa, OpenItem Item)
{
    public RecordRef Ref => Item.Ref;
    public Person Responsible => Item.Accountable;
    public ItemStatus Status => Item.Status;
    public string Version => Item.Version;
    public string? Partner => Item.Partner;
    public string Text => Item.Text;
    public DateOnly DueDate => Item.DueDate;

    public static ItemView Of(Mesa mesa, OpenItem item) => new(mesa, item);
}
