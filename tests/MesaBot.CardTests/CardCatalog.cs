using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Cards;

namespace MesaBot.CardTests;

/// <summary>
/// Every card MesaBot can send, built with representative data. The render test checks and draws
/// each one, and docs/cards/ shows them. A new card is one line here: a kebab-case name, what it is,
/// and the card built as the bot builds it.
/// </summary>
public static class CardCatalog
{
    /// <summary>Cards are built in the bot's own language, whatever the machine's culture is.</summary>
    public static readonly CultureInfo BotCulture = CultureInfo.GetCultureInfo("es-CL");

    public static IReadOnlyList<CatalogCard> All() => InBotCulture(() => new CatalogCard[]
    {
        new("welcome", "Bienvenida, al agregar el bot a un equipo o chat", WelcomeCard.Build()),
        new("help", "Ayuda con los comandos que el bot registra hoy", HelpCard.Build(CardSamples.RegisteredCommands())),
        new("help-full", "Ayuda con el juego completo de comandos previsto", HelpCard.Build(CardSamples.PlannedCommands)),
        new("reminder-upcoming", "Recordatorio personal de una tarea, 3 días antes", ReminderCardSamples.Upcoming()),
        new("reminder-overdue-commitment", "Recordatorio de un compromiso vencido, a quien lo sigue", ReminderCardSamples.OverdueCommitment()),
        new("overdue-summary", "Resumen semanal de vencidas al canal de la mesa, con avisos no entregados", ReminderCardSamples.Summary()),
        new("weekly-digest", "Resumen semanal del comité, por mesa y con totales", ReminderCardSamples.Digest()),
        new("stress-long-spanish", "Textos largos con tildes, ñ y emoji, para ver el ajuste de línea", CardSamples.LongSpanishText()),
    });

    private static T InBotCulture<T>(Func<T> build)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = BotCulture;
        try
        {
            return build();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

/// <summary>One catalogue entry; <see cref="Name"/> is also its file and PNG name.</summary>
public sealed record CatalogCard(string Name, string Description, AdaptiveCard Card)
{
    public override string ToString() => Name;
}
