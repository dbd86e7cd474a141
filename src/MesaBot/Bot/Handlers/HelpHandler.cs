using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Handlers;

/// <summary>`ayuda` / `help`, and the help button on the welcome card.</summary>
public sealed class HelpHandler(IEnumerable<CommandHelp> commands)
{
    public static readonly string[] Commands = ["ayuda", "help", "?"];

    public Task OnHelpAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(HelpCard.Build(commands).ToActivity(), cancellationToken);

    public Task<InvokeResponse> OnHelpButtonAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(CardInvokeResponses.Card(HelpCard.Build(commands)));
}
