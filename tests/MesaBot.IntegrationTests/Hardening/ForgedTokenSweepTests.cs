using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.IntegrationTests.Hardening;

/// <summary>
/// Issue 13, "the token cases stay at 0 accepted": the security review's forged tokens, rebuilt by hand
/// (header, claims and signature as an attacker writes them, not through a token library that would
/// refuse to make them), each against the running host: 401, nothing stored, nothing sent. The first
/// case is the control: the same builder with nothing broken is accepted, so a refusal is the check's.
/// </summary>
public sealed class ForgedTokenSweepTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private static readonly long Now = MesaBotFactory.Start.ToUnixTimeSeconds();
    private static readonly RSA Forged = RSA.Create(2048);
    private static readonly ECDsa ForgedEc = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private FakeBotFramework BotFramework => fixture.BotFramework;

    [Fact]
    public async Task Control_HandBuiltValidToken_Accepted()
    {
        var activity = UniqueInstall();

        var response = await fixture.Client.SendWithAuthorizationAsync(activity, "Bearer " + Build(new Forgery(), activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Cases() => [.. Forgeries.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ForgedToken_Refused401_NothingStoredOrSent(string forgery)
    {
        var activity = UniqueInstall();
        var before = BotFramework.Calls.Count;

        var response = await fixture.Client.SendWithAuthorizationAsync(activity, Forgeries[forgery](this, activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, BotFramework.Calls.Count);
        await AssertNotStoredAsync(activity);
    }

    [Fact]
    public void Sweep_CoversTheReviewsFortyFiveKinds()
    {
        // 42 here, plus the 8 of AuthenticationTests and the endorsement case: more kinds than the review tried (45).
        Assert.True(Forgeries.Count >= 40, $"{Forgeries.Count} forgeries");
    }

    private static readonly Dictionary<string, Func<ForgedTokenSweepTests, string, string?>> Forgeries = new()
    {
        // The header itself
        ["no Authorization header"] = (_, _) => null,
        ["Bearer and nothing"] = (_, _) => "Bearer ",
        ["Basic credentials"] = (_, _) => "Basic " + Convert.ToBase64String("mesabot:secreto"u8.ToArray()),
        ["token without the Bearer scheme"] = (t, url) => t.Build(new Forgery(), url),
        ["two parts"] = (_, _) => "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0",
        ["five parts (JWE shape)"] = (_, _) => "Bearer a.b.c.d.e",
        ["not base64url"] = (_, _) => "Bearer !!!.@@@.###",
        ["header not JSON"] = (t, url) => "Bearer " + B64("no soy json") + "." + t.Build(new Forgery(), url).Split('.')[1] + ".AAAA",
        ["claims not JSON"] = (t, url) => "Bearer " + t.Build(new Forgery(), url).Split('.')[0] + "." + B64("{\"iss\":") + ".AAAA",
        ["100 KB token, validly signed (a channel token is 1-2 KB)"] = (t, url) => "Bearer " + t.Build(new Forgery { Extra = new string('x', 100_000) }, url),

        // The algorithm
        ["alg none, no signature"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "none", Sign = Signing.None }, url),
        ["alg none with a real signature"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "none" }, url),
        ["alg NONE"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "NONE", Sign = Signing.None }, url),
        ["HS256 keyed with the public key (key confusion)"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "HS256", Sign = Signing.HmacWithPublicKey }, url),
        ["RS384 with the real key"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "RS384", Sign = Signing.Rs384 }, url),
        ["RS512 with the real key"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "RS512", Sign = Signing.Rs512 }, url),
        ["PS256 with the real key"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "PS256", Sign = Signing.Ps256 }, url),
        ["ES256 with another key"] = (t, url) => "Bearer " + t.Build(new Forgery { Alg = "ES256", Sign = Signing.Es256Forged }, url),

        // The key
        ["forged key under the published key id"] = (t, url) => "Bearer " + t.Build(new Forgery { Sign = Signing.Forged }, url),
        ["forged key, unknown key id"] = (t, url) => "Bearer " + t.Build(new Forgery { Kid = "attacker-key", Sign = Signing.Forged }, url),
        ["forged key, no key id"] = (t, url) => "Bearer " + t.Build(new Forgery { Kid = null, Sign = Signing.Forged }, url),
        ["forged key announced in a jku header"] = (t, url) => "Bearer " + t.Build(new Forgery { Kid = "attacker-key", Jku = "https://attacker.example/keys", Sign = Signing.Forged }, url),
        ["forged key embedded as a jwk header"] = (t, url) => "Bearer " + t.Build(new Forgery { Kid = null, EmbedForgedJwk = true, Sign = Signing.Forged }, url),
        ["forged key, x5u header"] = (t, url) => "Bearer " + t.Build(new Forgery { Kid = "attacker-key", X5u = "https://attacker.example/cert.pem", Sign = Signing.Forged }, url),

        // The signature
        ["signature stripped"] = (t, url) => "Bearer " + string.Join('.', t.Build(new Forgery(), url).Split('.')[..2]) + ".",
        ["signature of other claims (audience changed after signing)"] = (t, url) => "Bearer " + Swap(t.Build(new Forgery(), url), t.Build(new Forgery { Audience = "some-other-bot" }, url)),
        ["signature of other claims (service URL changed after signing)"] = (t, url) => "Bearer " + Swap(t.Build(new Forgery(), "https://smba.trafficmanager.net/amer/"), t.Build(new Forgery(), url)),
        ["one signature bit flipped"] = (t, url) => "Bearer " + FlipLastSignatureBit(t.Build(new Forgery(), url)),

        // The claims
        ["expired a year ago"] = (t, url) => "Bearer " + t.Build(new Forgery { Nbf = Now - 366 * 86400, Exp = Now - 365 * 86400 }, url),
        ["expired just beyond the 5 minutes of skew"] = (t, url) => "Bearer " + t.Build(new Forgery { Nbf = Now - 3600, Exp = Now - 301 }, url),
        ["valid only from beyond the skew"] = (t, url) => "Bearer " + t.Build(new Forgery { Nbf = Now + 301, Exp = Now + 3600 }, url),
        ["no expiry"] = (t, url) => "Bearer " + t.Build(new Forgery { Exp = null }, url),
        ["expiry not a number"] = (t, url) => "Bearer " + t.Build(new Forgery { ExpText = "mañana" }, url),
        ["issuer missing"] = (t, url) => "Bearer " + t.Build(new Forgery { Issuer = null }, url),
        ["issuer look-alike host"] = (t, url) => "Bearer " + t.Build(new Forgery { Issuer = "https://api.botframework.com.attacker.example" }, url),
        ["issuer of an Entra tenant"] = (t, url) => "Bearer " + t.Build(new Forgery { Issuer = "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/" }, url),
        ["audience missing"] = (t, url) => "Bearer " + t.Build(new Forgery { Audience = null }, url),
        ["audience only another bot's (array)"] = (t, url) => "Bearer " + t.Build(new Forgery { AudienceArray = ["some-other-bot"] }, url),
        ["audience as an api:// URI of the app id"] = (t, url) => "Bearer " + t.Build(new Forgery { Audience = "api://" + TestToken.AppId }, url),
        ["service URL of another host"] = (t, _) => "Bearer " + t.Build(new Forgery(), "https://smba.trafficmanager.net/amer/"),
        ["service URL with another path on the same host"] = (t, url) => "Bearer " + t.Build(new Forgery(), url.TrimEnd('/') + "/otro/"),
        ["service URL as a number"] = (t, url) => "Bearer " + t.Build(new Forgery { ServiceUrlAsNumber = true }, url),
    };

    private enum Signing { Real, None, Forged, HmacWithPublicKey, Rs384, Rs512, Ps256, Es256Forged }

    private sealed record Forgery
    {
        public string Alg { get; init; } = "RS256";
        public string? Kid { get; init; } = "test-key-1";
        public string? Jku { get; init; }
        public string? X5u { get; init; }
        public bool EmbedForgedJwk { get; init; }
        public Signing Sign { get; init; } = Signing.Real;
        public string? Issuer { get; init; } = "https://api.botframework.com";
        public string? Audience { get; init; } = TestToken.AppId;
        public string[]? AudienceArray { get; init; }
        public long? Nbf { get; init; } = Now - 60;
        public long? Exp { get; init; } = Now + 1800;
        public string? ExpText { get; init; }
        public bool ServiceUrlAsNumber { get; init; }
        public string? Extra { get; init; }
    }

    private string Build(Forgery f, string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = f.Alg, ["typ"] = "JWT" };
        if (f.Kid is not null) header["kid"] = f.Kid;
        if (f.Jku is not null) header["jku"] = f.Jku;
        if (f.X5u is not null) header["x5u"] = f.X5u;
        if (f.EmbedForgedJwk)
        {
            var p = Forged.ExportParameters(false);
            header["jwk"] = new JsonObject { ["kty"] = "RSA", ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent) };
        }

        var claims = new JsonObject();
        if (f.Issuer is not null) claims["iss"] = f.Issuer;
        if (f.AudienceArray is not null) claims["aud"] = new JsonArray([.. f.AudienceArray.Select(a => (JsonNode)a)]);
        else if (f.Audience is not null) claims["aud"] = f.Audience;
        if (f.Nbf is { } nbf) { claims["nbf"] = nbf; claims["iat"] = nbf; }
        if (f.ExpText is not null) claims["exp"] = f.ExpText;
        else if (f.Exp is { } exp) claims["exp"] = exp;
        claims["serviceurl"] = f.ServiceUrlAsNumber ? JsonValue.Create(42) : JsonValue.Create(serviceUrl);
        if (f.Extra is not null) claims["extra"] = f.Extra;

        var signed = B64(header.ToJsonString()) + "." + B64(claims.ToJsonString());
        var data = Encoding.ASCII.GetBytes(signed);
        var real = BotFramework.SigningKey.Rsa ?? RSA.Create(BotFramework.SigningKey.Parameters);
        var signature = f.Sign switch
        {
            Signing.None => [],
            Signing.Real => real.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            Signing.Forged => Forged.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            Signing.HmacWithPublicKey => HMACSHA256.HashData(real.ExportRSAPublicKey(), data),
            Signing.Rs384 => real.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
            Signing.Rs512 => real.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
            Signing.Ps256 => real.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            Signing.Es256Forged => ForgedEc.SignData(data, HashAlgorithmName.SHA256),
            _ => throw new ArgumentOutOfRangeException(nameof(f)),
        };
        return signed + "." + Base64UrlEncoder.Encode(signature);
    }

    private static string B64(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

    // The header and claims of one token with the signature of another.
    private static string Swap(string signatureFrom, string claimsFrom) =>
        string.Join('.', claimsFrom.Split('.')[..2]) + "." + signatureFrom.Split('.')[2];

    private static string FlipLastSignatureBit(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[^1] ^= 1;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    private Activity UniqueInstall() => UnseenInstall.Create(BotFramework);

    private Task AssertNotStoredAsync(Activity activity) => UnseenInstall.AssertNotStoredAsync(fixture, activity);
}
