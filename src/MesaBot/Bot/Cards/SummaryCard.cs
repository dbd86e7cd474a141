using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The answer to "resumen": this week's numbers (Monday to Sunday in the mesa's time zone), open
/// compromisos by partner, and the most overdue items, each a tap away from its buttons.
/// </summary>
public static class SummaryCard
{
    public const int TopOverdue = 5;

    public static AdaptiveCard Build(
        Mesa mesa, IReadOnlyList<Agreement> agreements, IReadOnlyList<OpenItem> actionItems, IReadOnlyList<OpenItem> commitments, DateOnly today, bool insideMesa)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        bool ThisWeek(DateOnly date) => date >= monday && date <= sunday;
        DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, mesa.TimeZone).DateTime);

        var rows = actionItems.Where(i => i.IsOpen).Select(i => ItemRow.From(mesa, i, insideMesa))
            .Concat(commitments.Where(c => c.IsOpen).Select(c => ItemRow.From(mesa, c, insideMesa)))
            .ToList();
        var overdue = ItemRow.Ordered(rows.Where(r => r.IsOverdue(today)), today);
        var completed = actionItems.Count(i => i.Status == ItemStatus.Cumplida && i.CompletedAt is { } at && ThisWeek(Local(at)))
            + commitments.Count(c => c.Status == ItemStatus.Cumplida && c.CompletedAt is { } at && ThisWeek(Local(at)));

        // An annulled acuerdo is not an acuerdo of the mesa: it is counted apart, in the week it was annulled.
        var standing = agreements.Count(a => !a.IsAnnulled && ThisWeek(a.AgreedOn));
        var annulled = agreements.Count(a => a.Annulment is { } x && ThisWeek(Local(x.At)));
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Summary_Title, CardText.OfMesa(mesa))) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardText.Format(CardTexts.Summary_Week, DateText.Short(monday, today), DateText.Short(sunday, today))) { IsSubtle = true, Spacing = Spacing.None })
            .Add(new FactSet(
            [
                new(CardTexts.Summary_AgreementsWeek, Count(standing)),
                .. (annulled > 0 ? new Fact[] { new(CardTexts.Summary_AnnulledWeek, Count(annulled)) } : []),
                new(CardTexts.Summary_OpenItems, Count(actionItems.Count(i => i.IsOpen))),
                new(CardTexts.Summary_Overdue, Count(overdue.Count)),
                new(CardTexts.Summary_CompletedWeek, Count(completed)),
            ]))
            .Add(new TextBlock(CardTexts.Summary_ByPartner) { Weight = TextWeight.Bolder, Separator = true })
            .Add(ByPartner(commitments, today))
            .Add(new TextBlock(CardTexts.Summary_TopOverdue) { Weight = TextWeight.Bolder, Separator = true });
        if (overdue.Count == 0)
        {
            card.Add(new TextBlock(CardTexts.Summary_NoOverdue));
        }

        foreach (var (row, i) in overdue.Take(TopOverdue).Select((r, i) => (r, i)))
        {
            card.Add(ItemRowView.Render(row, today, separator: i > 0));
        }

        return card
            .Add(new ExecuteAction(CardTexts.Action_ViewPending, CardVerbs.ShowMore) { Data = ItemData.NextPage("pendientes", 1, mesa.Id) })
            .Add(new ExecuteAction(CardTexts.Action_ViewOverdue, CardVerbs.ShowMore) { Data = ItemData.NextPage("vencidas", 1, mesa.Id) });
    }

    private static CardElement ByPartner(IReadOnlyList<OpenItem> commitments, DateOnly today)
    {
        var facts = commitments.Where(c => c.IsOpen)
            .GroupBy(c => c.Partner ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => (Partner: g.First().Partner ?? string.Empty, Open: g.Count(), Overdue: g.Count(c => c.DueDate < today)))
            .Select(p => new Fact(p.Partner, p.Overdue switch
            {
                0 => CardText.Format(CardTexts.Summary_PartnerCount, p.Open),
                1 => CardText.Format(CardTexts.Summary_PartnerCountOverdueOne, p.Open, p.Overdue),
                _ => CardText.Format(CardTexts.Summary_PartnerCountOverdue, p.Open, p.Overdue),
            }))
            .ToList();
        return facts.Count == 0 ? new TextBlock(CardTexts.Summary_NoCommitments) { IsSubtle = true } : new FactSet(facts);
    }

    private static string Count(int count) => CardText.Format("{0}", count);
}
