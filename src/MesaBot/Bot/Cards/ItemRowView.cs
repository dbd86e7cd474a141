using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// How a list shows one item: two wrapped lines (id and text; who, date and how late) and no columns,
/// so nothing gets squeezed on a phone. The whole row is the button: tapping it sends
/// <see cref="CardVerbs.ShowItem"/>, and the item card that comes back has every action for its state.
/// </summary>
internal static class ItemRowView
{
    /// <param name="list">The list this row is on: the item card it opens offers "Volver a la lista" to that page.</param>
    public static Container Render(ItemRow row, DateOnly today, bool separator, ListOrigin? list = null)
    {
        var overdue = row.IsOverdue(today);
        var details = new List<TextRun>
        {
            new($"{row.Who} · {DateText.Short(row.Due, today)} · ") { IsSubtle = true, Size = TextSize.Small },
            row.Status.IsOpen()
                ? new(DateText.DueStatus(row.Due, today)) { Size = TextSize.Small, Weight = overdue ? TextWeight.Bolder : TextWeight.Default, IsSubtle = !overdue }
                : new(CardText.Status(row.Status).ToLowerInvariant()) { Size = TextSize.Small, IsSubtle = true },
        };
        if (row.Status == ItemStatus.EnCurso)
        {
            details.Add(new TextRun($" · {CardTexts.Row_EnCurso}") { Size = TextSize.Small, Color = TextColor.Accent });
        }

        return new Container(
        [
            new RichTextBlock(
            [
                new TextRun(row.Id) { Weight = TextWeight.Bolder },
                new TextRun(" " + CardText.Truncate(row.Text, CardText.RowTextLength)),
            ]),
            new RichTextBlock(details) { Spacing = Spacing.None },
        ])
        {
            Separator = separator,
            Spacing = Spacing.Small,
            SelectAction = new ExecuteAction(row.Id, CardVerbs.ShowItem) { Data = ItemData.Open(row.MesaId, row.Ref.ToString(), list?.Data ?? []) },
        };
    }
}
