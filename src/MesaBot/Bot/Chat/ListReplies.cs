using System.Text;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>Answers to the list commands: overdue first, then by due date, at most a page of rows.</summary>
public sealed class ListReplies
{
    public const int PageSize = 10;

    public Task ShowItemsAsync(ChatContext chat, string title, IReadOnlyList<ItemView> items, CancellationToken cancellationToken) =>
        SayListAsync(chat, title, items.OrderBy(i => i.DueDate).ThenBy(i => i.Ref.Kind).ThenBy(i => i.Ref.Number)
            .Select(i => Row(i.Ref.Format(i.Mesa.Code, chat.InsideMesa), i.Text, i.Partner ?? i.Responsible.Name, i.DueDate, chat.Today)).ToList(), cancellationToken);

    public Task ShowPendingItemsAsync(ChatContext chat, string title, IReadOnlyList<PendingItem> items, CancellationToken cancellationToken) =>
        SayListAsync(chat, title, items.OrderBy(i => i.DueDate).ThenBy(i => i.QualifiedId)
            .Select(i => Row(i.QualifiedId, i.Text, i.Partner ?? i.Person.Name, i.DueDate, chat.Today)).ToList(), cancellationToken);

    public Task ShowAgreementsAsync(ChatContext chat, Mesa mesa, IReadOnlyList<Agreement> agreements, CancellationToken cancellationToken) =>
        SayListAsync(chat, string.Format(Strings.List_Agreements, mesa.Name), agreements.OrderByDescending(a => a.Number)
            .Select(a => $"**{a.Ref.Format(mesa.Code, chat.InsideMesa)}** {Shorten(a.Text)} · {SpanishDateFormatter.Short(a.AgreedOn, chat.Today)}").ToList(), cancellationToken);

    private static Task SayListAsync(ChatContext chat, string title, IReadOnlyList<string> rows, CancellationToken cancellationToken)
    {
        var text = new StringBuilder($"**{title}**\n\n");
        if (rows.Count == 0)
        {
            text.Append(Strings.List_Empty);
        }

        foreach (var row in rows.Take(PageSize))
        {
            text.Append("- ").Append(row).Append('\n');
        }

        if (rows.Count > PageSize)
        {
            text.Append('\n').Append(string.Format(Strings.List_More, rows.Count - PageSize));
        }

        return chat.Turn.SayAsync(text.ToString().TrimEnd(), cancellationToken);
    }

    // Sorting by due date already puts overdue items first: they are the earliest.
    private static string Row(string id, string text, string who, DateOnly due, DateOnly today) =>
        $"**{id}** {Shorten(text)} · {who} · {SpanishDateFormatter.Short(due, today)} ({SpanishDateFormatter.DueStatus(due, today)})";

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 140 ? line : string.Concat(line.AsSpan(0, 137), "…");
    }
}
