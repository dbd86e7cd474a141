using MesaBot.Dates;

namespace MesaBot.Tests.Dates;

/// <summary>
/// Regression: string.Normalize throws on noncharacters and lone surrogates, and FsCheck once sent U+FFFE
/// (seed (13149332876806706626,300338830846290751,67)). Reading user input must never throw.
/// </summary>
public sealed class InvalidUnicodeTests
{
    private static readonly DateOnly Today = new(2026, 3, 11);

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("revisar \uFFFF bases para el viernes")]
    [InlineData("\uFDD0 para mañana")]
    [InlineData("para el 15/12 \uD83F\uDFFE")]
    [InlineData("roto \uD800 para el viernes")]
    [InlineData("roto \uDC00")]
    [InlineData("\uDBFF")]
    public void ExtractDueDate_InvalidUnicode_DoesNotThrowAndKeepsText(string text)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(text, Today);

        // Assert
        Assert.Equal(text.Replace(" ", string.Empty), (result.Text + result.Clause).Replace(" ", string.Empty));
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("vier\uD800nes")]
    [InlineData("15/12\uFFFF")]
    public void Parse_InvalidUnicode_FailsWithAnErrorInsteadOfThrowing(string phrase)
    {
        // Act
        var result = SpanishDateParser.Parse(phrase, Today);

        // Assert
        Assert.False(result.Success);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void ExtractDueDate_LoneSurrogateBeforeTheClause_StillFindsTheDate()
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate("revisar \uD800 bases para el viernes", Today);

        // Assert
        Assert.Equal(new DateOnly(2026, 3, 13), result.Date);
    }
}
