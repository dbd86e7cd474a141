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
