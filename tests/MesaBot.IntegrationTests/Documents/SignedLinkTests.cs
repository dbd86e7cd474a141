using System.Net;
using System.Security.Cryptography;
using MesaBot.Documents;
using MesaBot.Documents.Acta;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Documents;

/// <summary>The signed download link, opened the way a browser opens it: no token, the signature the only gate.</summary>
public sealed class SignedLinkTests(DocumentHostFixture fixture) : IClassFixture<DocumentHostFixture>
{
    private static readonly DocumentPlace PersonalChat = new("tenant-a", "resiliencia");

    [Fact]
    public async Task Download_ValidLink_ServesExactlyTheStoredBytesAsAttachment()
    {
        var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full());
        var delivered = await fixture.Get<IDocumentDelivery>().DeliverAsync(file, PersonalChat, CancellationToken.None);

        using var response = await fixture.Browser.GetAsync(delivered.Link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(delivered.Sha256, file.Sha256);
        Assert.Equal(file.Content.Length, delivered.Size);
        Assert.Equal(DocumentFile.WordContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Acta_RES_sesion_07.docx", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Deliver_Twice_OneImmutableBlobNamedByTenantMesaAndHash()
    {
        var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full() with { SessionNumber = 8 });
        var delivery = fixture.Get<IDocumentDelivery>();

        var first = await delivery.DeliverAsync(file, PersonalChat, CancellationToken.None);
        var second = await delivery.DeliverAsync(file, PersonalChat, CancellationToken.None);

        Assert.Equal(first.StoredName, second.StoredName);
        Assert.Equal($"tenant-a/resiliencia/{file.Sha256}/Acta_RES_sesion_08.docx", first.StoredName);
        var blob = fixture.Container.GetBlobClient(first.StoredName);
        var stored = (await blob.DownloadContentAsync()).Value;
        Assert.Equal(file.Content, stored.Content.ToArray());
        Assert.Equal(DocumentFile.WordContentType, stored.Details.ContentType);
    }

    [Fact]
    public async Task Download_TamperedSignature_403WithSpanishPage()
    {
        var link = await DeliverAsync();
        var tampered = link.PathAndQuery[..^2] + (link.PathAndQuery.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA");

        using var response = await fixture.Browser.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Este enlace no es válido o ya venció", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Download_SignatureOfAnotherDocument_403()
    {
        var link = await DeliverAsync();
        var other = await DeliverAsync(session: 9);

        // Another document's name with this one's expiry and signature.
        using var response = await fixture.Browser.GetAsync(other.AbsolutePath + link.Query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_ExpiryMovedLater_403()
    {
        var link = await DeliverAsync();
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var later = long.Parse(query["exp"]!) + 86_400;

        using var response = await fixture.Browser.GetAsync($"{link.AbsolutePath}?exp={later}&sig={query["sig"]}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_AfterSevenDays_403ButARefreshedLinkOpens()
    {
        var delivery = fixture.Get<IDocumentDelivery>();
        var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full() with { SessionNumber = 10 });
        var delivered = await delivery.DeliverAsync(file, PersonalChat, CancellationToken.None);

        fixture.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        using var expired = await fixture.Browser.GetAsync(delivered.Link.PathAndQuery);
        var refreshed = await delivery.LinkAsync(delivered.StoredName, CancellationToken.None);
        using var reopened = await fixture.Browser.GetAsync(refreshed.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal(file.Content, await reopened.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_NoSignature_403()
    {
        var link = await DeliverAsync();

        using var response = await fixture.Browser.GetAsync(link.AbsolutePath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<Uri> DeliverAsync(int session = 11)
    {
        var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full() with { SessionNumber = session });
        return (await fixture.Get<IDocumentDelivery>().DeliverAsync(file, PersonalChat, CancellationToken.None)).Link;
    }
}
