using System.Security.Cryptography;
using MesaBot.Protocol.Authentication;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace MesaBot.Tests.Protocol;

public sealed class SigningKeySourceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeMetadata _metadata = new();

    [Fact]
    public async Task GetAsync_Within12Hours_FetchesOnce()
    {
        var source = new SigningKeySource(FakeMetadata.Url, _metadata, _time);

        await source.GetAsync("key-1", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(11));
        await source.GetAsync("key-1", CancellationToken.None);

        Assert.Equal(1, _metadata.KeySetFetches);
    }

    [Fact]
    public async Task GetAsync_After12Hours_Refetches()
    {
        var source = new SigningKeySource(FakeMetadata.Url, _metadata, _time);

        await source.GetAsync("key-1", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(12.5));
        await source.GetAsync("key-1", CancellationToken.None);

        Assert.Equal(2, _metadata.KeySetFetches);
    }

    [Fact]
    public async Task GetAsync_UnknownKeyId_RefetchesAtMostEveryFiveMinutes()
    {
        var source = new SigningKeySource(FakeMetadata.Url, _metadata, _time);
        await source.GetAsync("key-1", CancellationToken.None);

        await source.GetAsync("forged", CancellationToken.None);
        await source.GetAsync("forged", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(6));
        await source.GetAsync("forged", CancellationToken.None);

        Assert.Equal(3, _metadata.KeySetFetches);
    }

    [Fact]
    public async Task GetAsync_MetadataDownAfterFirstFetch_KeepsServingKnownKeys()
    {
        var source = new SigningKeySource(FakeMetadata.Url, _metadata, _time);
        var first = await source.GetAsync("key-1", CancellationToken.None);
        _metadata.Down = true;
        _time.Advance(TimeSpan.FromHours(13));

        var later = await source.GetAsync("key-1", CancellationToken.None);

        Assert.Same(first, later);
    }

    [Fact]
    public async Task GetAsync_MetadataNeverReachable_Throws()
    {
        _metadata.Down = true;
        var source = new SigningKeySource(FakeMetadata.Url, _metadata, _time);

        await Assert.ThrowsAnyAsync<Exception>(() => source.GetAsync("key-1", CancellationToken.None));
    }

    private sealed class FakeMetadata : IDocumentRetriever
    {
        public const string Url = "https://login.example/v1/.well-known/openidconfiguration";
        private readonly string _jwks;

        public FakeMetadata()
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "key-1" });
            _jwks = $$"""{ "keys": [ { "kty": "RSA", "use": "sig", "kid": "key-1", "n": "{{jwk.N}}", "e": "{{jwk.E}}", "endorsements": ["msteams"] } ] }""";
        }

        public bool Down { get; set; }
        public int KeySetFetches { get; private set; }

        public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
        {
            if (Down)
            {
                throw new IOException("metadata endpoint down");
            }

            if (address == Url)
            {
                return Task.FromResult("""{ "issuer": "https://api.botframework.com", "jwks_uri": "https://login.example/v1/keys" }""");
            }

            KeySetFetches++;
            return Task.FromResult(_jwks);
        }
    }
}
