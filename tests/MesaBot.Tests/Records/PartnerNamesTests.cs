using MesaBot.Records;

namespace MesaBot.Tests.Records;

/// <summary>Regression: string.Normalize throws on noncharacters and lone surrogates; partner names are typed in chat.</summary>
public sealed class PartnerNamesTests
{
    [Theory]
    [InlineData("Corfo\uFFFE", "corfo")]
    [InlineData("Cor\uD800fo", "cor fo")]
    [InlineData("\uDC00Corfo", "corfo")]
    public void Normalize_InvalidUnicode_DoesNotThrow(string name, string expected) =>
        Assert.Equal(expected, PartnerNames.Normalize(name));
}
