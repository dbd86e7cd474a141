using System.Globalization;

namespace MesaBot.Bot.Cards;

/// <summary>The data of the session and acta buttons (see the session verbs in <c>CardVerbs</c>): "mesa", "sesion" and the acta's "version".</summary>
internal static class SessionData
{
    public const string Session = "sesion";
    public const string Version = "version";

    public static Dictionary<string, string> Of(string mesaId, int session, int? version = null)
    {
        var data = new Dictionary<string, string> { [ItemData.Mesa] = mesaId, [Session] = session.ToString(CultureInfo.InvariantCulture) };
        if (version is { } v)
        {
            data[Version] = v.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }
}
