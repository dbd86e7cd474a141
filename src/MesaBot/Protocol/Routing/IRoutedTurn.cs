namespace MesaBot.Protocol.Routing;

/// <summary>
/// What the router reads of a bot's turn: the protocol turn inside it. A bot routes its own richer turn
/// type (the activity plus what its handlers need), so handlers receive it ready-made.
/// </summary>
public interface IRoutedTurn
{
    TurnContext Turn { get; }
}
