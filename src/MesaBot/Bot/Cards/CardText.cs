using System.Globalization;
using MesaBot.Bot.Resources;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>Wording shared by the cards: resource formats, status names, the mesa's name with its article.</summary>
internal static class CardText
{
    /// <summary>Long record texts are cut on a word so a list row stays two or three lines on a phone.</summary>
    public const int RowTextLength = 140;

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentUICulture, format, args);

    public static string Truncate(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', max - 1);
        return string.Concat(flat.AsSpan(0, cut > max / 2 ? cut : max - 1).TrimEnd(" ,.;:"), "…");
    }

    /// <summary>"de la mesa Resiliencia", "del Comité de Infraestructura Sostenible".</summary>
    public static string OfMesa(Mesa mesa) => mesa.Kind switch
    {
        MesaKind.Comite when mesa.Name.StartsWith("Comité", StringComparison.OrdinalIgnoreCase) => Format(CardTexts.ComiteNamed_Of, mesa.Name),
        MesaKind.Comite => Format(CardTexts.Comite_Of, mesa.Name),
        _ => Format(CardTexts.Mesa_Of, mesa.Name),
    };

    public static string Status(ItemStatus status) => status switch
    {
        ItemStatus.Pendiente => CardTexts.Status_Pendiente,
        ItemStatus.EnCurso => CardTexts.Status_EnCurso,
        ItemStatus.Cumplida => CardTexts.Status_Cumplida,
        ItemStatus.Cancelada => CardTexts.Status_Cancelada,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Kind(RecordKind kind) => kind switch
    {
        RecordKind.ActionItem => CardTexts.Kind_ActionItem,
        RecordKind.Commitment => CardTexts.Kind_Commitment,
        _ => CardTexts.Kind_Agreement,
    };
}
