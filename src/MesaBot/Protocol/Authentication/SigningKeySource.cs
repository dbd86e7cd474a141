using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MesaBot.Protocol.Authentication;

/// <summary>
/// The Bot Framework's OpenID metadata and signing keys, cached. Refetched every 12 hours, and at once
/// (at most every 5 minutes) when a token names a key we do not know: the channel rotates its keys.
/// Our own cache rather than IdentityModel's ConfigurationManager, whose refresh runs in the background
/// and would refuse the first tokens signed with a rotated key.
/// </summary>
public sealed class SigningKeySource(string metadataUrl, IDocumentRetriever retriever, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    private static readonly TimeSpan MinTimeBetweenForcedRefreshes = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    /// <summary>The current keys; throws when they were never fetched and cannot be.</summary>
    public async Task<OpenIdConnectConfiguration> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        var now = time.GetUtcNow();
        var stale = current is null || now - _fetchedAt > MaxAge;
        var unknownKey = current is not null && keyId is not null && !Knows(current, keyId)
            && now - _lastForcedRefresh > MinTimeBetweenForcedRefreshes;
        if (!stale && !unknownKey)
        {
            return current!;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while we waited.
            if (_current is not null && !ReferenceEquals(_current, current))
            {
                return _current;
            }

            if (unknownKey)
            {
                _lastForcedRefresh = now;
            }

            try
            {
                _current = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken);
                _fetchedAt = time.GetUtcNow();
            }
            catch (Exception) when (_current is not null)
            {
                // Keep serving the keys we have: an outage of the metadata endpoint must not stop the bot.
            }

            return _current ?? throw new InvalidOperationException("No signing keys.");
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool Knows(OpenIdConnectConfiguration config, string keyId) =>
        config.SigningKeys.Any(k => k.KeyId == keyId);
}
