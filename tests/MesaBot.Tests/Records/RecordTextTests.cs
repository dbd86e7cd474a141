using FsCheck;
using FsCheck.Fluent;
using MesaBot.Records;
using Xunit;
using MesaBot.TestData;

namespace MesaBot.Tests.Records;

public sealed class RecordTextTests
{
    [Theory]
    [InlineData("  hola  ", "hola")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("a\tb", "a b")]
    [InlineData("\u0000x\u0007y\u001f", "xy")]
    [InlineData("🏗️ obra", "🏗️ obra")]
    public void Clean_Input_Normalised(string input, string expected)
    {
        // Act
        var cleaned = RecordText.Clean(input);

        // Assert
        Assert.Equal(expected, cleaned);
    }

    [Fact]
    public void Clean_LoneSurrogate_Dropped()
    {
        // Act
        var cleaned = RecordText.Clean("roto " + '\ud800' + " surrogate");

        // Assert
        Assert.Equal("roto  surrogate", cleaned);
    }

    [Fact]
    public void Clean_OverMaximum_SpanishMessageWithCount()
    {
        // Act
        var error = Assert.Throws<RecordException>(() => RecordText.Clean(new string('x', 2001), RecordFields.AgreementText));

        // Assert
        Assert.Equal("El texto del acuerdo tiene 2.001 caracteres; el máximo es 2.000.", SpanishErrors.Text(error));
    }

    [FsCheck.Xunit.Property]
    public Property Clean_AnyString_NoControlCharacterButNewlineAndNoOuterSpace(string? input) =>
        Prop.When(!string.IsNullOrWhiteSpace(input) && input!.Length <= 2000 && RecordTextHasContent(input), () =>
        {
            var cleaned = RecordText.Clean(input);
            return cleaned.All(c => c == '\n' || !char.IsControl(c)) && cleaned == cleaned.Trim() && cleaned.Length > 0;
        });

    private static bool RecordTextHasContent(string input) =>
        input.Any(c => !char.IsControl(c) && !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
}
