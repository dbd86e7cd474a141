namespace MesaBot.Graph;

/// <summary>
/// What the user reads when a person cannot be resolved. Each says what to do next, and none promises
/// that something was recorded: nothing is created for an unresolved person.
/// </summary>
internal static class PeopleMessages
{
    private const int MaxQuotedLength = 60;

    public static string NotFound(string asked) =>
        $"No encontré a «{Quote(asked)}» en el directorio del ministerio. Revisa el correo o menciona a la persona con @. No registré nada.";

    public static string NotInConversation(string? name) =>
        $"No encontré a {Named(name)} entre los miembros de esta conversación. Menciónala desde el canal de la mesa o escribe su correo. No registré nada.";

    public static string OutsideTenant(string who) =>
        $"{Quote(who)} es una cuenta externa al ministerio (invitada u otra organización): MesaBot asigna tareas solo a personas del ministerio. " +
        "Si se trata de un socio, registra un compromiso de su institución. No registré nada.";

    public static string InvalidAddress(string asked) =>
        $"«{Quote(asked)}» no parece un correo. Escríbelo completo, por ejemplo ana.perez@mop.gob.cl. No registré nada.";

    public const string InvalidObjectId = "La persona elegida no tiene un identificador válido. Vuelve a elegirla en la tarjeta. No registré nada.";

    public const string NotConfigured =
        "No puedo buscar personas en el directorio: la conexión con Microsoft Graph no está configurada. Menciona a la persona con @ en el canal. No registré nada.";

    public const string Unavailable =
        "No pude consultar el directorio del ministerio en este momento. Inténtalo de nuevo en unos minutos. No registré nada.";

    private static string Named(string? name) => string.IsNullOrWhiteSpace(name) ? "la persona mencionada" : $"«{Quote(name)}»";

    private static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxQuotedLength ? trimmed : trimmed[..MaxQuotedLength] + "…";
    }
}
