using System.Globalization;
using MesaBot.Records;

namespace MesaBot.Reminders.Cards;

/// <summary>
/// Reminder and digest cards speak their mesa's language, as the chat does: Spanish (es-CL) unless the
/// mesa chose English, and Chilean formats either way. A background service has no turn to set the
/// culture, so without this the cards followed the host's. Disposing restores what the thread had.
/// </summary>
public sealed class MesaCulture : IDisposable
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private MesaCulture(Mesa mesa)
    {
        CultureInfo.CurrentCulture = Spanish;
        CultureInfo.CurrentUICulture = mesa.Language == "en" ? English : Spanish;
    }

    public static MesaCulture Use(Mesa mesa) => new(mesa);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
