using MesaBot.Records;
using static MesaBot.IntegrationTests.Records.RecordsHarness;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Records;

/// <summary>Text and ids typed by users or sent by Teams are data, never key syntax or filter syntax.</summary>
public sealed class HostileInputTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> HostileTexts => new()
    {
        "' or PartitionKey ne '",
        "Tarea' or RowKey gt '' or '1' eq '1",
        "\"comillas\" y 'apóstrofes' y `acentos graves`",
        "/#?\\ %2F %25 ..\\..",
        "Revisar 🏗️🌎 con 👩🏽‍🔧 y ñandú",
        "línea 1\nlínea 2",
        "<script>alert(1)</script> & $filter=true",
        new string('x', RecordText.MaxLength),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task CreateAsync_HostileText_StoredAndReadBackExactly(string text)
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var created = await h.CreateItemAsync(mesa, text, activityId: text.Length > 100 ? "long" : text);

        // Assert
        Assert.Equal(text, (await h.ActionItems.GetAsync(mesa, created.Number, None))!.Text);
        Assert.Equal(text, Assert.Single(await h.ActionItems.PendingAsync(mesa, None)).Text);
        Assert.Equal(text, Assert.Single(await h.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None)).Text);
    }

    [Fact]
    public async Task CreateAsync_ControlCharacters_RemovedButLineBreaksKept()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var created = await h.CreateItemAsync(mesa, "\u0000Uno\u0007\r\nDos\tTres\u001b\u0085");

        // Assert
        Assert.Equal("Uno\nDos Tres", (await h.ActionItems.GetAsync(mesa, created.Number, None))!.Text);
    }

    [Theory]
    [InlineData(10_000, "El texto de la tarea tiene 10.000 caracteres; el máximo es 2.000.")]
    [InlineData(0, "El texto de la tarea no puede estar vacío.")]
    public async Task CreateAsync_TextTooLongOrEmpty_RefusedInSpanishWithoutWriting(int length, string message)
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var (error, requests) = await h.RequestsAsync(() => Assert.ThrowsAsync<RecordException>(() => h.CreateItemAsync(mesa, new string('a', length) + " \u0001 ")));

        // Assert
        Assert.Equal(message, SpanishErrors.Text(error));
        Assert.Equal(0, requests);
    }

    [Theory]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("19:x@thread.tacv2/../#?\\")]
    public async Task HostileIds_TenantConversationOrPerson_NeverReachAnotherMesa(string hostile)
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await h.Mesas.LinkConversationAsync(mesa, new ConversationLink("19:real@thread.tacv2", ConversationKind.Channel), Ana, None);
        await h.CreateItemAsync(mesa);
        var odd = await h.Mesas.CreateAsync(hostile, new NewMesa("odd", "Mesa de otro tenant", MesaKind.Mesa, "ODD", [Ana]), Ana, None);
        await h.Mesas.LinkConversationAsync(odd, new ConversationLink(hostile, ConversationKind.GroupChat), Ana, None);
        await h.CreateItemAsync(odd, "Otra mesa", owner: new Person(hostile, "Raro"));

        // Act
        var byConversation = await h.Mesas.FindByConversationAsync(Tenant, hostile, None);
        var hostileMesas = await h.Mesas.ListAsync(hostile, None);
        var hostilePerson = await h.Index.PendingForPersonAsync(Tenant, hostile, None);
        var hostileTenantPerson = await h.Index.PendingForPersonAsync(hostile, Beto.ObjectId, None);

        // Assert
        Assert.Null(byConversation);
        Assert.Equal("odd", Assert.Single(hostileMesas).Id);
        Assert.Empty(hostilePerson);
        Assert.Empty(hostileTenantPerson);
        Assert.Equal("odd", (await h.Mesas.FindByConversationAsync(hostile, hostile, None))!.Id);
        Assert.Equal("Otra mesa", Assert.Single(await h.ActionItems.PendingAsync(odd, None)).Text);
        Assert.Single(await h.Index.PendingForPersonAsync(hostile, hostile, None));
    }

    [Theory]
    [InlineData("Res/1", "El identificador de mesa 'Res/1' no es válido: usa minúsculas, números y guiones (p. ej. resiliencia).")]
    [InlineData("' or ''='", "El identificador de mesa '' or ''='' no es válido: usa minúsculas, números y guiones (p. ej. resiliencia).")]
    public async Task CreateMesaAsync_IdWithKeySyntax_RefusedInSpanish(string id, string message)
    {
        // Arrange
        var h = await StartAsync();

        // Act
        var error = await Assert.ThrowsAsync<RecordException>(() => h.CreateMesaAsync(id, "RES"));

        // Assert
        Assert.Equal(message, SpanishErrors.Text(error));
    }
}
