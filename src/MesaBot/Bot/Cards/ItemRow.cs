using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// One line of a list card, whatever it came from: a mesa's records or the cross-mesa index
/// (<see cref="PendingItem"/>). <see cref="Id"/> is what the user reads ("T-3" or "RES-T-3");
/// <see cref="Ref"/> is the record itself (its local id, "T-3", is what the buttons send); <see cref="Who"/> is the
/// owner or the partner.
/// </summary>
public sealed record ItemRow(string Id, string Text, string Who, DateOnly Due, ItemStatus Status, string MesaId, RecordRef Ref)
{
    public bool IsOverdue(DateOnly today) => Status.IsOpen() && Due < today;

    public static ItemRow From(Mesa mesa, OpenItem item, bool insideMesa) =>
        new(item.Ref.Format(mesa.Code, insideMesa), item.Text, item.Partner ?? item.Accountable.Name, item.DueDate, item.Status, mesa.Id, item.Ref);

    /// <summary>An index row is read outside its mesa, so its id is always qualified.</summary>
    public static ItemRow From(PendingItem item) => From(item, insideMesa: false);

    /// <summary>A mesa's list row: "T-3" inside the mesa's own conversations, "RES-T-3" elsewhere.</summary>
    public static ItemRow From(PendingItem item, bool insideMesa) =>
        new(item.Ref.Format(item.MesaCode, insideMesa), item.Text, item.Partner ?? item.Person.Name, item.DueDate, item.Status, item.MesaId,
            item.Ref);

    /// <summary>Overdue first (the oldest at the top), then by due date; ties by mesa, kind and number, so pages never shuffle.</summary>
    public static IReadOnlyList<ItemRow> Ordered(IEnumerable<ItemRow> rows, DateOnly today) =>
    [
        .. rows.OrderByDescending(r => r.IsOverdue(today))
            .ThenBy(r => r.Due)
            .ThenBy(r => r.MesaId, StringComparer.Ordinal)
            .ThenBy(r => r.Ref.Kind)
            .ThenBy(r => r.Ref.Number),
    ];
}
