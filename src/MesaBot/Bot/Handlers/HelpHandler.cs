using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Bot.Chat;

namespace MesaBot.Bot.Handlers;

/// <summary>`ayuda` / `help`, and the help button on the welcome card.</summary>
public sealed class HelpHandler(IEnumerable<CommandHelp> commands)
{
    public static readonly string[] Commands = ["ayuda", "help", "?"];

    public Task OnHelpAsync(ChatContext chat, CancellationToken cancellationToken) =>
        chat.ShowAsync(HelpCard.Build(commands), cancellationToken);

    public Task<InvokeResponse> OnHelpButtonAsync(ChatContext chat, CancellationToken cancellationToken) =>
        Task.FromResult(CardInvokeResponses.Card(HelpCard.Build(commands)));
}
