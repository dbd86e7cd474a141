using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.Protocol.Authentication;

/// <summary>
/// Validates the bearer token the Teams channel sends with every activity: Bot Framework issuer, our app
/// id as audience, RS256 with a key from the Bot Framework's published set, lifetime with 5 minutes of
/// skew. Any failure, including keys that cannot be fetched, is a refusal, never an exception.
/// </summary>
public sealed partial class ChannelTokenValidator(
    SigningKeySource keys,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider time,
    ILogger<ChannelTokenValidator> logger)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    // A channel token is 1-2 KB; the library's default ceiling (250 KB) would parse an attacker's 200 KB of JSON first.
    private const int MaxTokenLength = 16 * 1024;

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false, MaximumTokenSizeInBytes = MaxTokenLength };

    public async Task<BotCaller?> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (authorizationHeader is null
            || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            Log.Refused(logger, "no bearer token");
            return null;
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        // Only a signed token (three parts) whose header and claims are JSON; an encrypted one (five) is never ours.
        if (!_handler.CanReadToken(token) || token.Count(c => c == '.') != 2 || KeyIdOf(token) is not { } keyId)
        {
            Log.Refused(logger, "unreadable token");
            return null;
        }

        var result = await ValidateWithCurrentKeysAsync(token, keyId.Length == 0 ? null : keyId, cancellationToken);
        if (result is not { IsValid: true, SecurityToken: JsonWebToken jwt, Config: OpenIdConnectConfiguration config })
        {
            Log.Refused(logger, result?.Exception?.GetType().Name ?? "keys unavailable");
            return null;
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var url) ? url : null;
        return new BotCaller(serviceUrl, SigningKeyEndorsements.Of(config, jwt.Kid));
    }

    /// <summary>The header's key id ("" when it names none), or null when header or claims are not JSON.</summary>
    private static string? KeyIdOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Kid ?? string.Empty;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or System.Text.Json.JsonException or FormatException)
        {
            return null;
        }
    }

    private async Task<ValidationOutcome?> ValidateWithCurrentKeysAsync(string token, string? keyId, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration config;
        try
        {
            config = await keys.GetAsync(keyId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.MetadataUnavailable(logger, ex);
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(config));
        return new ValidationOutcome(result.IsValid, result.SecurityToken, result.Exception, config);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuer = BotAuthenticationOptions.BotFrameworkIssuer,
        ValidAudience = options.Value.MicrosoftAppId,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        // Lifetime against our injected clock, so tests can move time and production uses the real one.
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
        },
    };

    private sealed record ValidationOutcome(bool IsValid, SecurityToken? SecurityToken, Exception? Exception, OpenIdConnectConfiguration Config);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Channel token refused: {Reason}")]
        public static partial void Refused(ILogger logger, string reason);

        [LoggerMessage(2, LogLevel.Error, "Bot Framework signing keys could not be fetched; refusing every token until they can")]
        public static partial void MetadataUnavailable(ILogger logger, Exception exception);
    }
}
