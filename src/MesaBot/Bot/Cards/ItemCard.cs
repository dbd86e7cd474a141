using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// A tarea or compromiso with its buttons: id and coloured status, the text, the facts, and what can be
/// done next. Every button sends mesa/ref/version, so a click on a stale card fails safely.
/// </summary>
public static class ItemCard
{
    /// <param name="members">The people a tarea can be reassigned to; empty hides "Reasignar".</param>
    /// <param name="today">The mesa's local date.</param>
    /// <param name="insideMesa">True in the mesa's own conversation ("T-3"); false elsewhere ("RES-T-3").</param>
    public static AdaptiveCard For(Mesa mesa, OpenItem item, IReadOnlyList<Person> members, DateOnly today, bool insideMesa) =>
        Build(ItemFacts.For(mesa, item, today, insideMesa), members, today, banner: null);

    /// <summary>The card, with an optional green line on top (the creation confirmations).</summary>
    internal static AdaptiveCard Build(ItemCardModel item, IReadOnlyList<Person> members, DateOnly today, string? banner)
    {
        var card = new AdaptiveCard();
        if (banner is not null)
        {
            card.Add(new Container([new TextBlock(banner) { Weight = TextWeight.Bolder }]) { Style = "good" });
        }

        List<CardElement> heading = [new TextBlock($"{CardText.Kind(item.Kind)} {item.DisplayId}") { Size = TextSize.Medium, Weight = TextWeight.Bolder }];
        if (item.MesaName is not null)
        {
            heading.Add(new TextBlock($"{CardTexts.Fact_Mesa} {item.MesaName}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        card.Add(new ColumnSet([new Column(heading) { VerticalContentAlignment = "center" }, StatusBadge.Column(item.Status, item.Due, today)]))
            .Add(new TextBlock(item.Text))
            .Add(new FactSet(item.Facts));
        foreach (var action in ItemButtons.For(item, members, today))
        {
            card.Add(action);
        }

        return card;
    }
}
