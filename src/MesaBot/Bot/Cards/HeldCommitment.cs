using System.Globalization;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// A compromiso held back by a date question, travelling whole in the buttons like <see cref="HeldTask"/>:
/// the command as typed ("CChC: enviar planos para el 27/11", read again when a button is pressed), the
/// follower (the @mention is not in a button's activity) and <see cref="Origin"/>, the id of the message that
/// asked for it, which is the creation's idempotency key. The partner question carries the same data on.
/// </summary>
public sealed record HeldCommitment(string Command, string Shown, string FollowerId, string Origin) : IHeldItem
{
    public const string FollowerKey = "seguimiento";

    /// <summary>The author already chose to record a past date as overdue.</summary>
    public bool OverdueConfirmed { get; init; }

    public string Verb => CardVerbs.CreateHeldCommitment;

    public bool IsCommitment => true;

    public Dictionary<string, string> Data(DateOnly due, bool overdueConfirmed = false)
    {
        var data = new Dictionary<string, string>
        {
            [ItemData.Draft] = Command,
            [HeldTask.DueKey] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [FollowerKey] = FollowerId,
            [HeldTask.OriginKey] = Origin,
        };
        if (overdueConfirmed || OverdueConfirmed)
        {
            data[HeldTask.OverdueKey] = "si";
        }

        return data;
    }
}
