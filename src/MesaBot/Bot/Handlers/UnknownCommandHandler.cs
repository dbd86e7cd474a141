using MesaBot.Bot.Resources;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Handlers;

/// <summary>Anything the router did not recognise gets the closest command, or a pointer to the help.</summary>
public sealed class UnknownCommandHandler
{
    public Task OnUnknownAsync(TurnContext turn, string? closestCommand, CancellationToken cancellationToken)
    {
        var text = turn.Text.Length == 0 ? Strings.Unknown_Empty
            : closestCommand is not null ? string.Format(Strings.Unknown_Suggestion, Shorten(turn.Text), closestCommand)
            : string.Format(Strings.Unknown_Command, Shorten(turn.Text));
        return turn.SendAsync(new Activity { Text = text, TextFormat = "markdown" }, cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
