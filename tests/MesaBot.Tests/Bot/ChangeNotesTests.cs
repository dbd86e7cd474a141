using System.Globalization;
using MesaBot.Bot.Chat;
using MesaBot.Records;
using MesaBot.TestData;
using Xunit;

namespace MesaBot.Tests.Bot;

/// <summary>A personal notice speaks to its reader as tú: the change line never names them in the third person.</summary>
public sealed class ChangeNotesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly Person Ana = new("aad-ana", "Ana Pérez");
    private static readonly Person Luis = new("aad-luis", "Luis Soto");
    private static readonly Person Carolina = new("aad-carolina", "Carolina Muñoz");
    private static readonly Mesa Mesa = new MesaBuilder().Build();

    [Theory]
    [InlineData("aad-luis", "Ana Pérez te dejó como responsable (antes: Carolina Muñoz)")]
    [InlineData("aad-carolina", "Ana Pérez le pasó la responsabilidad a Luis Soto: ya no está a tu cargo")]
    public void For_ReassignedByACoordinator_EachReaderReadsItAsTu(string readerId, string expected)
    {
        // Arrange
        var change = Reassign(from: Carolina, to: Luis, by: Ana);

        // Act
        var notes = Spanish(() => ChangeNotes.For(change, Today, readerId == Luis.ObjectId ? Luis : Carolina));

        // Assert
        Assert.Equal([expected], notes);
    }

    [Fact]
    public void For_OwnerHandsItOver_TheNewOwnerIsToldItWasHandedToThem()
    {
        // Act
        var notes = Spanish(() => ChangeNotes.For(Reassign(from: Ana, to: Carolina, by: Ana), Today, Carolina));

        // Assert
        Assert.Equal(["Ana Pérez te pasó la responsabilidad"], notes);
    }

    [Fact]
    public void For_SomeoneNotAboutIt_KeepsTheNamesAndOtherLines()
    {
        // Arrange: the date moved too.
        var before = new ItemBuilder { Accountable = Carolina }.Task();
        var change = new ItemChangeResult(ItemView.Of(Mesa, before), ItemView.Of(Mesa, before with { Accountable = Luis, DueDate = before.DueDate.AddDays(7), Version = "2" }), Ana);

        // Act
        var notes = Spanish(() => ChangeNotes.For(change, Today, Ana));

        // Assert
        Assert.Equal(2, notes.Count);
        Assert.Contains("Ana Pérez cambió el responsable: Carolina Muñoz → Luis Soto", notes);
    }

    private static ItemChangeResult Reassign(Person from, Person to, Person by)
    {
        var before = new ItemBuilder { Accountable = from }.Task();
        return new ItemChangeResult(ItemView.Of(Mesa, before), ItemView.Of(Mesa, before with { Accountable = to, Version = "2" }), by);
    }

    private static IReadOnlyList<string> Spanish(Func<IReadOnlyList<string>> build)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-CL");
        try
        {
            return build();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
