using FsCheck.Xunit;
using MesaBot.Extraction;
using MesaBot.Tests.Dates;
using Xunit;

namespace MesaBot.Tests.Extraction;

/// <summary>The extractor reads whatever is pasted: random UTF-16 (lone surrogates included) or cue-phrase salad never makes it throw.</summary>
[ReplayableProperties(Arbitrary = [typeof(DateArbitraries), typeof(ProseArbitraries)])]
public sealed class ExtractorProperties
{
    [Property]
    public void Extract_AnyText_NeverThrowsAndSpansStayInside(AnyText text, DateNearToday pair) =>
        AssertSound(text.Value, pair.Today);

    [Property]
    public void Extract_CueSalad_NeverThrowsAndSpansStayInside(CueSalad text, DateNearToday pair) =>
        AssertSound(text.Value, pair.Today);

    private static void AssertSound(string text, DateOnly today)
    {
        // Act
        var records = new CueRecordExtractor().Extract(ExtractionInput.OfText(text, today, ExtractorFixture.Roster, ExtractorFixture.Partners, ExtractorFixture.Ana));

        // Assert
        Assert.All(records, r =>
        {
            Assert.InRange(r.Source.Start, 0, text.Length);
            Assert.InRange(r.Source.Start + r.Source.Length, r.Source.Start, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
        });
    }
}
