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
    /// <param name="extras">The change just made or missed, undo, the list it came from, who Teams refreshes it for.</param>
    public static AdaptiveCard For(Mesa mesa, OpenItem item, IReadOnlyList<Person> members, DateOnly today, bool insideMesa, ItemCardExtras? extras = null)
    {
        extras ??= ItemCardExtras.None;
        var model = ItemFacts.For(mesa, item, today, insideMesa) with { Carried = extras.List?.Data ?? [] };
        return Build(model, members, today, banner: null, extras);
    }

    /// <summary>The card, with an optional green line on top (the creation confirmations).</summary>
    internal static AdaptiveCard Build(ItemCardModel item, IReadOnlyList<Person> members, DateOnly today, string? banner, ItemCardExtras? extras = null)
    {
        extras ??= ItemCardExtras.None;
        var card = new AdaptiveCard();
        if (banner is not null)
        {
            card.Add(new Container([new TextBlock(banner) { Weight = TextWeight.Bolder }]) { Style = "good" });
        }

        ItemCardChanges.AddTo(card, item, extras);

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

        // In the body, not among the card's actions: those are already at the renderer's limit of five.
        if (extras.List is { } list)
        {
            card.Add(new ActionSet([list.BackAction(CardTexts.Action_BackToList, item.MesaId)]));
        }

        if (extras.RefreshFor.Count > 0)
        {
            card.Refresh = new CardRefresh(CardVerbs.RefreshItem, item.Data(), extras.RefreshFor);
        }

        return card;
    }
}
