using MesaBot.Bot.Resources;
using MesaBot.Bot.Chat;

namespace MesaBot.Bot.Handlers;

/// <summary>Anything the router did not recognise gets the closest command, or a pointer to the help.</summary>
public sealed class UnknownCommandHandler
{
    public Task OnUnknownAsync(ChatContext chat, string? closestCommand, CancellationToken cancellationToken)
    {
        var typed = chat.Turn.Text;
        var text = typed.Length == 0 ? Strings.Unknown_Empty
            : closestCommand is not null ? string.Format(Strings.Unknown_Suggestion, Shorten(typed), closestCommand)
            : string.Format(Strings.Unknown_Command, Shorten(typed));
        return chat.SayAsync(text, cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
