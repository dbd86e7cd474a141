namespace MesaBot.Graph;

/// <summary>Graph switched off (Development): people resolve from the roster alone.</summary>
internal sealed class UnconfiguredGraphUsers : IGraphUsers
{
    public Task<GraphUserResult> FindAsync(string idOrAddress, CancellationToken cancellationToken) =>
        Task.FromResult(GraphUserResult.NotConfigured);
}
