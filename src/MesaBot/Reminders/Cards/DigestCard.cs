using System.Globalization;
using MesaBot.Cards;
using MesaBot.Reminders.Digest;
using MesaBot.Reminders.Resources;

namespace MesaBot.Reminders.Cards;

/// <summary>The committee's weekly digest: one block per mesa, then the totals, each count with its change against the week before.</summary>
public static class DigestCard
{
    private const int MaxLines = 5;

    public static AdaptiveCard Build(DigestReport report, DateOnly today)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(ReminderTexts.Digest_Title) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new TextBlock(Format(ReminderTexts.Digest_Week, DateText.Long(report.WeekStart, today), DateText.Long(report.WeekEnd.AddDays(-1), today))) { IsSubtle = true });
        if (report.Mesas.Count == 0)
        {
            return card.Add(new TextBlock(ReminderTexts.Digest_NoMesas));
        }

        foreach (var m in report.Mesas)
        {
            var items = new List<CardElement>
            {
                new TextBlock($"{m.Mesa.Name} ({m.Mesa.Code})") { Weight = TextWeight.Bolder },
                Numbers(m.Numbers, m.Previous),
            };
            items.AddRange(m.Agreements.Take(MaxLines).Select(a => new TextBlock($"{m.Mesa.Qualified(a.Ref)}: {a.Text}") { IsSubtle = true }));
            if (m.SessionsHeld.Count > 0)
            {
                items.Add(new TextBlock(Format(ReminderTexts.Digest_SessionsHeld, string.Join(", ", m.SessionsHeld))));
            }

            if (m.ActasAwaitingApproval.Count > 0)
            {
                items.Add(new TextBlock(Format(ReminderTexts.Digest_ActasAwaiting, string.Join(", ", m.ActasAwaitingApproval))) { Weight = TextWeight.Bolder });
            }

            items.AddRange(m.Annulled.Take(MaxLines).Select(a => new TextBlock(Format(ReminderTexts.Digest_AnnulledLine, m.Mesa.Qualified(a.Ref), a.Text, a.Annulment!.Reason)) { IsSubtle = true }));
            if (m.ByOwner.Count > 0)
            {
                items.Add(new TextBlock(ReminderTexts.Digest_ByOwner) { Weight = TextWeight.Bolder });
                items.Add(new FactSet([.. m.ByOwner.Take(MaxLines * 2).Select(o => new Fact(o.Owner.Name, Format(ReminderTexts.Digest_OwnerLine, o.Pending, o.Overdue)))]));
            }

            if (m.ByPartner.Count > 0)
            {
                items.Add(new TextBlock(ReminderTexts.Digest_ByPartner) { Weight = TextWeight.Bolder });
                items.Add(new FactSet([.. m.ByPartner.Take(MaxLines * 2).Select(p => new Fact(p.Partner, Format(ReminderTexts.Digest_OwnerLine, p.Pending, p.Overdue)))]));
            }

            card.Add(new Container(items) { Separator = true });
        }

        return card.Add(new Container(
        [
            new TextBlock(ReminderTexts.Digest_Totals) { Weight = TextWeight.Bolder },
            Numbers(report.Totals, report.PreviousTotals),
        ]) { Separator = true, Style = "emphasis" });
    }

    private static FactSet Numbers(DigestNumbers now, DigestNumbers before) => new(
    [
        new Fact(ReminderTexts.Digest_Agreements, Change(now.Agreements, before.Agreements)),
        new Fact(ReminderTexts.Digest_Completed, Change(now.Completed, before.Completed)),
        new Fact(ReminderTexts.Digest_Pending, Change(now.Pending, before.Pending)),
        new Fact(ReminderTexts.Digest_Overdue, Change(now.Overdue, before.Overdue)),
    ]);

    /// <summary>"5 (+2 vs. semana anterior)"; "±0" when unchanged.</summary>
    public static string Change(int now, int before)
    {
        var delta = now - before;
        var sign = delta switch { > 0 => $"+{delta}", < 0 => $"−{-delta}", _ => "±0" };
        return Format(ReminderTexts.Digest_Change, now, sign);
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
