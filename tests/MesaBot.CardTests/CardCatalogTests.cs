using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MesaBot.Protocol;
using Xunit.Abstractions;

namespace MesaBot.CardTests;

public sealed partial class CardCatalogTests(ITestOutputHelper output)
{
    [Fact]
    public void All_LargestActivity_StaysUnder80KiBAsUtf16()
    {
        // Act: the size as tools/cardcheck measures it, here too so a plain test run reports it.
        var sizes = CardCatalog.All()
            .Select(c => (c.Name, Bytes: JsonSerializer.Serialize(c.Card.ToActivity(), ProtocolJson.Options).Length * 2))
            .OrderByDescending(s => s.Bytes)
            .ToList();

        // Assert
        output.WriteLine(string.Join("\n", sizes.Take(5).Select(s => $"{s.Name}: {s.Bytes} bytes")));
        Assert.All(sizes, s => Assert.True(s.Bytes < 80 * 1024, $"{s.Name}: {s.Bytes} bytes"));
        Assert.Equal("item-biggest", sizes[0].Name);
    }

    [Fact]
    public void All_Always_HasUniqueKebabCaseNames()
    {
        // Act
        var names = CardCatalog.All().Select(c => c.Name).ToList();

        // Assert: the name is also a file and PNG name.
        Assert.All(names, name => Assert.Matches(KebabCase(), name));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void All_MachineInEnglish_StillBuildsSpanishCards()
    {
        // Arrange
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            // Act
            var welcome = CardCatalog.All().Single(c => c.Name == "welcome").Card.ToJson().ToJsonString();

            // Assert
            Assert.Contains("Soy MesaBot", welcome);
            Assert.Equal("en-US", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void RegisteredCommands_Always_IncludesAyuda()
    {
        // Act
        var commands = CardSamples.RegisteredCommands();

        // Assert
        Assert.Contains(commands, c => c.Example == "ayuda");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
