using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// A tarea or a compromiso as the chat handles both: the record itself, and who answers for it (the
/// owner of a tarea, the member who follows up a compromiso).
/// </summary>
public sealed record ItemView
{
    private ItemView(Mesa mesa, ActionItem? actionItem, Commitment? commitment)
    {
        Mesa = mesa;
        ActionItem = actionItem;
        Commitment = commitment;
    }

    public Mesa Mesa { get; }
    public ActionItem? ActionItem { get; }
    public Commitment? Commitment { get; }

    public RecordRef Ref => ActionItem?.Ref ?? Commitment!.Ref;
    public Person Responsible => ActionItem?.Owner ?? Commitment!.FollowedBy;
    public ItemStatus Status => ActionItem?.Status ?? Commitment!.Status;
    public string Version => ActionItem?.Version ?? Commitment!.Version;
    public string? Partner => Commitment?.Partner;
    public string Text => ActionItem?.Text ?? Commitment!.Text;
    public DateOnly DueDate => ActionItem?.DueDate ?? Commitment!.DueDate;

    public static ItemView Of(Mesa mesa, ActionItem item) => new(mesa, item, null);

    public static ItemView Of(Mesa mesa, Commitment commitment) => new(mesa, null, commitment);
}
