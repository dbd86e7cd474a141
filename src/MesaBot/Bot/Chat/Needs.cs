namespace MesaBot.Bot.Chat;

/// <summary>What a route needs before its handler runs; <see cref="TurnPreconditions"/> checks it and answers when it is missing.</summary>
[Flags]
public enum Needs
{
    Nothing = 0,

    /// <summary>This conversation is linked to a mesa that is not archived.</summary>
    Mesa = 1,

    /// <summary>The speaker may write: guests (partners invited to a channel) only when the mesa allows it.</summary>
    Writer = 2,

    /// <summary>The speaker coordinates this conversation's mesa.</summary>
    Coordinator = 4 | Mesa,

    /// <summary>
    /// The mesa a card's button names in its data (else this conversation's), one the speaker may see:
    /// it is in <see cref="ChatContext.CardMesa"/> when the handler runs.
    /// </summary>
    CardMesa = 8,
}
