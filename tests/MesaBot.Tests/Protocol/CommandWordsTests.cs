using MesaBot.Protocol.Routing;

namespace MesaBot.Tests.Protocol;

public sealed class CommandWordsTests
{
    [Theory]
    [InlineData("Acuérdo", "acuerdo")]
    [InlineData("MIS PENDIENTES", "mis pendientes")]
    [InlineData("cumplida\uFFFET-3", "cumplida t-3")]
    [InlineData("ayuda\uFFFF", "ayuda ")]
    [InlineData("tarea 😀 ok", "tarea 😀 ok")]
    public void Fold_AnyText_LowerWithoutAccentsAndNeverThrows(string text, string expected) =>
        Assert.Equal(expected, CommandWords.Fold(text));

    // Built in code: xunit turns a lone surrogate in an attribute into U+FFFD before the test sees it.
    [Fact]
    public void Fold_LoneSurrogates_BecomeSpaces()
    {
        Assert.Equal(" pendientes", CommandWords.Fold((char)0xD800 + "pendientes"));
        Assert.Equal("pendientes ", CommandWords.Fold("pendientes" + (char)0xDC00));
    }
}
