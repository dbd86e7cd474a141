using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The label beside an item's id. Overdue wins over the stored status: an open item past its
/// date is what the mesa must see first, whether it is pendiente or en curso. Only en curso is coloured:
/// Teams' green and yellow fail 4.5:1 contrast on its light theme and its red on the dark one
/// (tools/cardcheck), so the word, in bold, carries the status.
/// </summary>
internal static class StatusBadge
{
    public static (string Label, TextColor Color) For(ItemStatus status, DateOnly due, DateOnly today) => status switch
    {
        ItemStatus.Cumplida => (CardTexts.Status_Cumplida, TextColor.Default),
        ItemStatus.Cancelada => (CardTexts.Status_Cancelada, TextColor.Default),
        _ when due < today => (CardTexts.Status_Vencida, TextColor.Default),
        ItemStatus.EnCurso => (CardTexts.Status_EnCurso, TextColor.Accent),
        _ => (CardTexts.Status_Pendiente, TextColor.Default),
    };

    // Text with a dot rather than a styled container: a container's padding makes the header
    // twice as tall, which costs a phone screen more than it adds.
    public static Column Column(ItemStatus status, DateOnly due, DateOnly today)
    {
        var (label, color) = For(status, due, today);
        return new Column([new TextBlock($"● {label}") { Weight = TextWeight.Bolder, Color = color, IsSubtle = status == ItemStatus.Cancelada }])
        {
            Width = "auto",
            VerticalContentAlignment = "center",
        };
    }
}
