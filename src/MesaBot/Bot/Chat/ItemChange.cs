using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>One change a person asks for on a tarea or compromiso, from a chat command or a card button.</summary>
public abstract record ItemChange
{
    public sealed record Complete : ItemChange;

    public sealed record Start : ItemChange;

    public sealed record Cancel : ItemChange;

    public sealed record Reopen : ItemChange;

    public sealed record Postpone(DateOnly NewDueDate) : ItemChange;

    public sealed record Reassign(Person NewOwner) : ItemChange;

    public sealed record Edit(string NewText) : ItemChange;
}

/// <summary>A tarea or a compromiso, seen the same way by the chat: who answers for it and where it stands.</summary>
public sealed record ItemView(Mesa Mesa, RecordRef Ref, string Text, Person Responsible, string? Partner, DateOnly DueDate, ItemStatus Status, string Version)
{
    public static ItemView Of(Mesa mesa, ActionItem item) =>
        new(mesa, item.Ref, item.Text, item.Owner, null, item.DueDate, item.Status, item.Version);

    public static ItemView Of(Mesa mesa, Commitment item) =>
        new(mesa, item.Ref, item.Text, item.FollowedBy, item.Partner, item.DueDate, item.Status, item.Version);

    public bool IsOpen => Status.IsOpen();
}
