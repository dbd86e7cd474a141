namespace MesaBot.Graph;

/// <summary>
/// App-only bearer tokens for Graph. The seam tests replace: Azure.Identity cannot be pointed at a local
/// identity service, while the fake Graph only needs to see some bearer token.
/// </summary>
public interface IGraphTokenProvider
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
