using Azure.Core;

namespace MesaBot.Graph;

/// <summary>Client-credential tokens for Graph from an Azure.Identity credential, kept until five minutes before they expire.</summary>
internal sealed class AzureIdentityGraphTokenProvider(Func<TokenCredential> createCredential, TimeProvider time) : IGraphTokenProvider
{
    private const string Scope = "https://graph.microsoft.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lazy<TokenCredential> _credential = new(createCredential);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_cached))
        {
            return _cached!.Value.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_cached))
            {
                _cached = await _credential.Value.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            }

            return _cached!.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(AccessToken? token) => token is { } t && t.ExpiresOn - RefreshMargin > time.GetUtcNow();
}
