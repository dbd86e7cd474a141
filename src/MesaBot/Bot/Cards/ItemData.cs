using System.Globalization;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The data every item button sends (see <see cref="CardVerbs"/>): "mesa", "ref" (always the local id,
/// "T-3", even where the card shows "RES-T-3") and "version", plus any extra values of that button.
/// </summary>
internal static class ItemData
{
    public const string Mesa = "mesa";
    public const string Ref = "ref";
    public const string Version = "version";
    public const string Days = "dias";
    public const string Query = "consulta";
    public const string Page = "pagina";
    public const string Kind = "tipo";
    public const string Partner = "socio";
    public const string Draft = "borrador";
    public const string NewPartner = "nuevo";

    /// <summary>A quick postpone by business days (Chile's calendar); "dias" (calendar days) is what older cards send.</summary>
    public const string BusinessDays = "habiles";

    /// <summary>Undo data: what the change touched ("estado", "plazo", "responsable", "texto") and the value before it.</summary>
    public const string Undo = "deshacer";
    public const string Before = "antes";
    public const string BeforeName = "antes_nombre";
    public const string BeforeTeamsId = "antes_teams";

    /// <summary>The "deshacer" of a creation card: the new item is cancelled (a public record is never deleted).</summary>
    public const string UndoCreation = "creacion";

    public static Dictionary<string, string> Of(string mesaId, string localRef, string version, params (string Key, string Value)[] extra) =>
        With(new Dictionary<string, string> { [Mesa] = mesaId, [Ref] = localRef, [Version] = version }, extra);

    /// <summary>
    /// A list row's tap (<see cref="CardVerbs.ShowItem"/>): "mesa", "ref" and the list it came from, no "version".
    /// Opening shows the item as it is now, so the version the list was drawn at decides nothing, and leaving it out
    /// keeps the list card smaller (each row carries its data twice, once more in its Action.Submit fallback). Cards
    /// already in the chats still send it; it is ignored.
    /// </summary>
    public static Dictionary<string, string> Open(string mesaId, string localRef, IEnumerable<(string Key, string Value)> extra) =>
        With(new Dictionary<string, string> { [Mesa] = mesaId, [Ref] = localRef }, extra);

    /// <summary>The button's own values after the item's keys, in order (the JSON keeps it); a later key wins.</summary>
    private static Dictionary<string, string> With(Dictionary<string, string> data, IEnumerable<(string Key, string Value)> extra)
    {
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        return data;
    }

    /// <summary>The "Ver más" data: the query to run again and the page to show.</summary>
    public static Dictionary<string, string> NextPage(string query, int page, string? mesaId)
    {
        var data = new Dictionary<string, string> { [Query] = query, [Page] = page.ToString(CultureInfo.InvariantCulture) };
        if (mesaId is not null)
        {
            data[Mesa] = mesaId;
        }

        return data;
    }
}
