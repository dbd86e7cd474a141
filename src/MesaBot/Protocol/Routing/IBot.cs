namespace MesaBot.Protocol.Routing;

/// <summary>What the /api/messages endpoint hands a validated activity to.</summary>
public interface IBot
{
    /// <returns>The invoke response for invoke activities; null for everything else.</returns>
    Task<InvokeResponse?> OnTurnAsync(Activity activity, CancellationToken cancellationToken);
}
