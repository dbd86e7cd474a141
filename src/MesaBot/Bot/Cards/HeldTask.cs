using System.Globalization;

namespace MesaBot.Bot.Cards;

/// <summary>
/// A tarea the bot did not create yet because it asked something first. It travels whole in the question's
/// buttons (Action.Execute data), so nothing is stored before the user chooses; <see cref="Origin"/> is the
/// id of the message that asked for it, the idempotency key of the creation whatever button is pressed.
/// </summary>
public sealed record HeldTask(string Text, string? OwnerId, string Origin) : IHeldItem
{
    /// <summary>The author already chose to record a past date as overdue; later questions keep that choice.</summary>
    public bool OverdueConfirmed { get; init; }

    public const string TextKey = "texto";
    public const string DueKey = "fecha";
    public const string OwnerKey = "responsable";
    public const string OverdueKey = "vencida";
    public const string OriginKey = "origen";
    public const string TimeKey = "hora";

    /// <summary>The time of day written with the date, carried to the creation ("HH:mm" in "hora").</summary>
    public TimeOnly? DueTime { get; init; }

    string IHeldItem.Shown => Text;

    string IHeldItem.Verb => MesaBot.Cards.CardVerbs.CreateHeldTask;

    bool IHeldItem.IsCommitment => false;

    Dictionary<string, string> IHeldItem.Data(DateOnly due, bool overdueConfirmed) => Data(due, overdueConfirmed);

    /// <summary>The button's data: this tarea with <paramref name="due"/>, the owner when known, and the overdue consent.</summary>
    public Dictionary<string, string> Data(DateOnly due, bool overdueConfirmed = false, string? ownerId = null)
    {
        var data = new Dictionary<string, string>
        {
            [TextKey] = Text,
            [DueKey] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [OriginKey] = Origin,
        };
        if ((ownerId ?? OwnerId) is { } owner)
        {
            data[OwnerKey] = owner;
        }

        if (overdueConfirmed || OverdueConfirmed)
        {
            data[OverdueKey] = "si";
        }

        if (DueTime is { } time)
        {
            data[TimeKey] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return data;
    }
}
