using MesaBot.Graph;
using MesaBot.Records;

namespace MesaBot.Reminders.Digest;

/// <summary>The weekly digest as the committee's e-mail copy reads it (Graph's DigestMail).</summary>
public static class DigestMailMapping
{
    public static DigestMail ToMail(DigestReport report) => new(
        report.WeekEnd,
        [.. report.Mesas.Select(m => new DigestMailSection(
            $"{m.Mesa.Name} ({m.Mesa.Code})",
            Open: m.Numbers.Pending + m.Numbers.Overdue,
            Overdue: m.Numbers.Overdue,
            DueThisWeek: m.DueNextWeek,
            CompletedThisWeek: m.Numbers.Completed,
            Items:
            [
                .. m.Attention.Select(a => new DigestMailItem(
                    a.Kind == RecordKind.Commitment ? DigestItemKind.Commitment : DigestItemKind.ActionItem, a.Text, a.Who, a.Due)),
                .. m.Agreements.Select(a => new DigestMailItem(DigestItemKind.Agreement, a.Text, a.Author.Name, null)),
            ]))]);
}
