using MesaBot.Records;
using Xunit;

namespace MesaBot.Tests.Records;

public sealed class PartnerDirectoryTests
{
    private static readonly Partner CChC = new("Cámara Chilena de la Construcción", ["CChC"]);
    private static readonly Partner Corfo = new("Corfo", []);
    private static readonly Partner Puc = new("Pontificia Universidad Católica de Chile", ["PUC", "UC"]);
    private static readonly Partner Cci = new("Consejo de Construcción Industrializada", ["CCI"]);

    private static PartnerDirectory Directory(params Partner[] mesaPartners) => new([CChC, Corfo, Puc, Cci], mesaPartners);

    [Theory]
    [InlineData("CChC")]
    [InlineData("cchc")]
    [InlineData("Cámara Chilena de la Construcción")]
    [InlineData("camara chilena de la construccion")]
    [InlineData("  CÁMARA   CHILENA DE LA CONSTRUCCIÓN. ")]
    public void Find_NameOrAliasAnyCaseOrAccent_SamePartner(string typed)
    {
        // Act
        var found = Directory().Find(typed);

        // Assert
        Assert.Same(CChC, found);
    }

    [Theory]
    [InlineData("Corto", "Corfo")]
    [InlineData("Camara Chilena de la Contruccion", "Cámara Chilena de la Construcción")]
    [InlineData("Cámara Chilena", "Cámara Chilena de la Construcción")]
    [InlineData("Pontificia Universidad Catolica", "Pontificia Universidad Católica de Chile")]
    [InlineData("Concejo de Construcción Industrializada", "Consejo de Construcción Industrializada")]
    public void Resolve_NearMiss_UnknownWithClosestSuggestionFirst(string typed, string expected)
    {
        // Act
        var resolution = Directory().Resolve(typed);

        // Assert
        Assert.False(resolution.IsKnown);
        Assert.Equal(expected, resolution.Suggestions[0].Name);
    }

    [Fact]
    public void Suggest_Unrelated_Nothing()
    {
        // Act
        var suggestions = Directory().Suggest("Ministerio de Energía");

        // Assert
        Assert.Empty(suggestions);
    }

    [Fact]
    public void Find_MesaOwnPartner_KnownOnlyWhereAdded()
    {
        // Arrange
        var dmc = new Partner("Dirección Meteorológica de Chile", ["DMC"]);

        // Act
        var inMesa = Directory(dmc).Find("dmc");
        var elsewhere = Directory().Find("dmc");

        // Assert
        Assert.Same(dmc, inMesa);
        Assert.Null(elsewhere);
    }

    [Fact]
    public void Constructor_MesaRepeatsTenantPartner_TenantSpellingKept()
    {
        // Act
        var directory = Directory(new Partner("CAMARA CHILENA DE LA CONSTRUCCION", []));

        // Assert
        Assert.Equal(4, directory.Partners.Count);
        Assert.Same(CChC, directory.Find("CAMARA CHILENA DE LA CONSTRUCCION"));
    }
}
