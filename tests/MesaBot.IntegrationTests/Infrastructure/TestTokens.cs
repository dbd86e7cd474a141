using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>Channel tokens as the Bot Framework would sign them, with every claim a test may want to break.</summary>
public sealed record TestToken
{
    public const string AppId = "00000000-0000-0000-0000-00000000b07a";

    public string Issuer { get; init; } = "https://api.botframework.com";
    public string Audience { get; init; } = AppId;
    public string? ServiceUrl { get; init; }
    public DateTimeOffset NotBefore { get; init; } = MesaBotFactory.Start.AddMinutes(-1);
    public DateTimeOffset Expires { get; init; } = MesaBotFactory.Start.AddMinutes(30);
    public SecurityKey? Key { get; init; }

    public string Sign(SecurityKey defaultKey)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = NotBefore.UtcDateTime,
            Expires = Expires.UtcDateTime,
            IssuedAt = NotBefore.UtcDateTime,
            Claims = ServiceUrl is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(Key ?? defaultKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A key nobody published, with the same key id as the real one: a forged token.</summary>
    public static RsaSecurityKey ForgedKey() => new(RSA.Create(2048)) { KeyId = "test-key-1" };
}
