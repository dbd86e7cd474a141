using MesaBot.Documents;
using MesaBot.Documents.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MesaBot.Tests.Documents;

public sealed class DocumentLinksTests
{
    private const string Name = "tenant/resiliencia/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef/Acta_RES_sesion_07.docx";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 15, 13, 0, 0, TimeSpan.Zero));

    private DocumentLinks Links(string key = "a-link-signing-key-of-at-least-32-characters") => new(
        Options.Create(new DocumentOptions { LinkSigningKey = key, PublicBaseUrl = "https://mesabot.mop.gob.cl/" }), _time, new HttpContextAccessor());

    [Fact]
    public void Sign_ThePublicAddressTheNameAndAnExpirySevenDaysOn()
    {
        var link = Links().Sign(Name);

        Assert.StartsWith($"https://mesabot.mop.gob.cl/documents/{Name}?exp={_time.GetUtcNow().AddDays(7).ToUnixTimeSeconds()}&sig=", link.AbsoluteUri);
        Assert.True(DocumentLinks.IsSignedLink(link));
        Assert.Equal(Name, DocumentLinks.StoredNameOf(link));
    }

    [Fact]
    public void IsValid_UntilTheLastSecondBeforeExpiry_ThenNot()
    {
        var links = Links();
        var (exp, sig) = Parts(links.Sign(Name));

        _time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        var before = links.IsValid(Name, exp, sig);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(before);
        Assert.False(links.IsValid(Name, exp, sig));
    }

    [Fact]
    public void IsValid_SignedWithAnotherKey_False()
    {
        var (exp, sig) = Parts(Links("another-key-that-is-also-32-characters-long").Sign(Name));

        Assert.False(Links().IsValid(Name, exp, sig));
    }

    [Theory]
    [InlineData(null, "x")]
    [InlineData("soon", "x")]
    [InlineData("-1", "x")]
    [InlineData("99999999999", null)]
    [InlineData("99999999999", "")]
    public void IsValid_MalformedExpiryOrSignature_False(string? exp, string? sig) =>
        Assert.False(Links().IsValid(Name, exp, sig));

    [Fact]
    public void SafeFileName_AccentsAndSpacesGoExtensionStays() =>
        Assert.Equal("Acta_RES_sesion_7.docx", DocumentFileNames.SafeFileName("Acta RES sesión 7.docx"));

    private static (string Exp, string Sig) Parts(Uri link)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return (query["exp"]!, query["sig"]!);
    }
}
