namespace MesaBot.Bot.Cards;

/// <summary>
/// Something the bot did not create yet because it asked about its date first: a tarea (<see cref="HeldTask"/>)
/// or a compromiso (<see cref="HeldCommitment"/>). The date questions only need what to show and what each
/// button sends back.
/// </summary>
public interface IHeldItem
{
    /// <summary>What the question quotes: the tarea's text, or "socio: texto".</summary>
    string Shown { get; }

    /// <summary>The verb whose handler creates it.</summary>
    string Verb { get; }

    /// <summary>A compromiso reads "vencido", a tarea "vencida".</summary>
    bool IsCommitment { get; }

    /// <summary>The button's data: the whole held item with <paramref name="due"/> and the overdue consent.</summary>
    Dictionary<string, string> Data(DateOnly due, bool overdueConfirmed = false);
}
