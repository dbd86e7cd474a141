using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>A short answer to a button (invoke) as a card: information, or an error that changed nothing.</summary>
public static class NoticeCard
{
    /// <summary>"Listo, T-3 quedó cumplida." — plain text in a quiet box.</summary>
    public static AdaptiveCard Info(string text) => new AdaptiveCard()
        .Add(new Container([new TextBlock(text)]) { Style = "emphasis" });

    /// <summary>"Otra persona modificó T-3 al mismo tiempo; vuelve a intentarlo." under a red title.</summary>
    public static AdaptiveCard Error(string text) => Build(CardTexts.Notice_ErrorTitle, text, "attention");

    internal static AdaptiveCard Build(string title, string text, string style) => new AdaptiveCard()
        .Add(new Container(
        [
            new TextBlock(title) { Weight = TextWeight.Bolder },
            new TextBlock(text) { Spacing = Spacing.Small },
        ])
        { Style = style });
}
