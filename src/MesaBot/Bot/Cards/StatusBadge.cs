using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The coloured label beside an item's id. Overdue wins over the stored status: an open item past its
/// date is what the mesa must see first, whether it is pendiente or en curso.
/// </summary>
internal static class StatusBadge
{
    public static (string Label, string Style, TextColor Color) For(ItemStatus status, DateOnly due, DateOnly today) => status switch
    {
        ItemStatus.Cumplida => (CardTexts.Status_Cumplida, "good", TextColor.Good),
        ItemStatus.Cancelada => (CardTexts.Status_Cancelada, "emphasis", TextColor.Default),
        _ when due < today => (CardTexts.Status_Vencida, "attention", TextColor.Attention),
        ItemStatus.EnCurso => (CardTexts.Status_EnCurso, "accent", TextColor.Accent),
        _ when due.DayNumber - today.DayNumber <= 1 => (CardTexts.Status_Pendiente, "warning", TextColor.Warning),
        _ => (CardTexts.Status_Pendiente, "emphasis", TextColor.Default),
    };

    public static Column Column(ItemStatus status, DateOnly due, DateOnly today)
    {
        var (label, style, color) = For(status, due, today);
        return new Column([new Container([new TextBlock(label) { Size = TextSize.Small, Weight = TextWeight.Bolder, Color = color }]) { Style = style }])
        {
            Width = "auto",
            VerticalContentAlignment = "center",
        };
    }
}
