using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MesaBot.Documents.Delivery;

/// <summary>
/// Download links a browser opens without any token: <c>/documents/{storedName}?exp={unix seconds}&amp;sig={HMAC}</c>,
/// the HMAC-SHA256 of the name and the expiry under <see cref="DocumentOptions.LinkSigningKey"/>. The signature is
/// the only gate, so it is compared in constant time and a link past its expiry opens nothing.
/// </summary>
public sealed class DocumentLinks(IOptions<DocumentOptions> options, TimeProvider time, IHttpContextAccessor http)
{
    public const string PathPrefix = "/documents/";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.LinkSigningKey ?? throw new InvalidOperationException("Documents:LinkSigningKey is not set."));

    public Uri Sign(string storedName)
    {
        var expires = time.GetUtcNow().Add(options.Value.LinkLifetime).ToUnixTimeSeconds();
        var query = $"exp={expires.ToString(CultureInfo.InvariantCulture)}&sig={Signature(storedName, expires)}";
        return new Uri($"{BaseUrl()}{PathPrefix}{storedName}?{query}");
    }

    /// <summary>Whether the link was signed by us for this name and has not expired.</summary>
    public bool IsValid(string storedName, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(storedName, expiresAt));
        var given = Encoding.UTF8.GetBytes(signature);
        // Checked after the comparison, so a tampered link and an expired one cost the same.
        var signed = CryptographicOperations.FixedTimeEquals(expected, given);
        return signed && time.GetUtcNow().ToUnixTimeSeconds() < expiresAt;
    }

    /// <summary>Whether a link is one of ours (a Graph web address is not re-signed).</summary>
    public static bool IsSignedLink(Uri link) =>
        link.AbsolutePath.StartsWith(PathPrefix, StringComparison.Ordinal) && link.Query.Contains("sig=", StringComparison.Ordinal);

    public static string StoredNameOf(Uri link) => Uri.UnescapeDataString(link.AbsolutePath[PathPrefix.Length..]);

    private string Signature(string storedName, long expiresAt) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{storedName}\n{expiresAt.ToString(CultureInfo.InvariantCulture)}")));

    private string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Documents:PublicBaseUrl is needed to sign a link outside a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
