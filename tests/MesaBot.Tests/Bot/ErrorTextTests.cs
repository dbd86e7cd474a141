using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using MesaBot.Bot.Chat;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Tests.Bot;

public sealed partial class ErrorTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");

    public static TheoryData<string> Keys() => [.. AllKeys()];

    private static IEnumerable<string> AllKeys() =>
        new[] { typeof(RecordErrors), typeof(DateErrors) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!);

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryKey_HasSpanishAndEnglishText_WithTheSameArguments(string key)
    {
        // Act
        var spanish = Own(Spanish, key);
        var english = Own(English, key);

        // Assert
        Assert.False(string.IsNullOrWhiteSpace(spanish), $"{key} has no Spanish text");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English text");
        Assert.Equal(Placeholders(spanish!), Placeholders(english!));
    }

    [Fact]
    public void Resources_HoldNoTextWithoutAKey()
    {
        // Arrange
        var keys = AllKeys().ToHashSet();

        // Act
        var texts = ErrorText.Texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key);

        // Assert
        Assert.All(texts, text => Assert.Contains(text, keys));
    }

    [Fact]
    public void For_EnglishCulture_FormatsNumbersTheEnglishWay()
    {
        // Arrange
        var error = Assert.Throws<RecordException>(() => RecordText.Clean(new string('x', 2001), RecordFields.AgreementText));

        // Act
        var text = ErrorText.For(error, English);

        // Assert
        Assert.Equal("The agreement's text has 2,001 characters; the maximum is 2,000.", text);
    }

    [Fact]
    public void For_CurrentUICulture_FollowsTheTurnsLanguage()
    {
        // Arrange
        var error = RecordException.Invalid(RecordErrors.MesaArchived, "RES");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // Act
            CultureInfo.CurrentUICulture = English;
            var english = ErrorText.For(error);
            CultureInfo.CurrentUICulture = Spanish;
            var spanish = ErrorText.For(error);

            // Assert
            Assert.Equal("The mesa RES is archived; it takes no new records.", english);
            Assert.Equal("La mesa RES está archivada; no admite registros nuevos.", spanish);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void For_DateError_EnglishNamesTheWeekdays()
    {
        // Arrange
        var result = SpanishDateParser.Parse("viernes 15 de diciembre", new DateOnly(2026, 3, 11));

        // Act
        var text = ErrorText.For(result.Error!, English);

        // Assert
        Assert.Contains("December 15, 2026 is a Tuesday, not a Friday", text);
    }

    [Fact]
    public void RecordException_Message_IsTheKeyAndArgumentsNotASentence()
    {
        // Act
        var error = RecordException.NotFound(RecordErrors.RecordNotFound, "T-3", "RES");

        // Assert
        Assert.Equal("RecordNotFound(T-3, RES)", error.Message);
    }

    // The text of exactly this culture, without falling back to the neutral (Spanish) one.
    private static string? Own(CultureInfo culture, string key) =>
        ErrorText.Texts.GetResourceSet(culture == Spanish ? CultureInfo.InvariantCulture : culture, createIfNotExists: true, tryParents: false)?.GetString(key);

    private static int[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
