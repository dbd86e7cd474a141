using MesaBot.Bot.Chat;
using MesaBot.Records;

namespace MesaBot.Tests.Bot;

/// <summary>Issue 14, finding 5: a roster member written without @ is offered as a tarea's owner.</summary>
public sealed class MentionedPeopleNamedInTests
{
    private static readonly Person Jorge = new("aad-jorge", "Jorge Contreras");
    private static readonly Person Ana = new("aad-ana", "Ana Pérez");
    private static readonly Person Solo = new("aad-solo", "Marta");

    private static readonly IReadOnlyList<Person> Roster = [Ana, Jorge, Solo];

    [Theory]
    [InlineData("coordinar visita con Jorge Contreras", "aad-jorge")]
    [InlineData("coordinar visita con JORGE CONTRERAS y Ana Perez", "aad-jorge")]
    [InlineData("que ana perez revise las bases", "aad-ana")]
    public void NamedIn_FullNameWithoutAt_ThatPerson(string text, string objectId)
    {
        // Act
        var named = MentionedPeople.NamedIn(text, Roster);

        // Assert
        Assert.Equal(objectId, named?.ObjectId);
    }

    [Theory]
    [InlineData("coordinar visita con Jorge")] // a first name alone is too loose
    [InlineData("revisar el informe de Marta")] // so is a one-word name
    [InlineData("coordinar visita con Jorge Contrerasss")] // whole words only
    [InlineData("")]
    public void NamedIn_NoFullNameWritten_Null(string text)
    {
        // Act
        var named = MentionedPeople.NamedIn(text, Roster);

        // Assert
        Assert.Null(named);
    }
}
