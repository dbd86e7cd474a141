using MesaBot.Records;
using static MesaBot.IntegrationTests.Records.RecordsHarness;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Records;

public sealed class MesaStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_NewMesa_FoundByIdCodeAndListInOneRequestEach()
    {
        // Arrange
        var h = await StartAsync();

        // Act
        var (mesa, createRequests) = await h.RequestsAsync(() => h.CreateMesaAsync());
        var (byId, idRequests) = await h.RequestsAsync(() => h.Mesas.GetAsync(Tenant, "resiliencia", None));
        var (byCode, codeRequests) = await h.RequestsAsync(() => h.Mesas.FindByCodeAsync(Tenant, "res", None));
        var (all, listRequests) = await h.RequestsAsync(() => h.Mesas.ListAsync(Tenant, None));

        // Assert
        Assert.Equal((1, 1, 1, 1), (createRequests, idRequests, codeRequests, listRequests));
        Assert.Equal(("Resiliencia", "RES", MesaKind.Mesa, "America/Santiago", "es", false), (mesa.Name, mesa.Code, mesa.Kind, mesa.TimeZoneId, mesa.Language, mesa.Archived));
        Assert.Equal([3, 1, 0], mesa.Reminders.DaysBefore);
        Assert.Equal((9, 3), (mesa.Reminders.Hour, mesa.Reminders.OverdueEveryBusinessDays));
        Assert.Equal(Ana, Assert.Single(byId!.Coordinators));
        Assert.Equal(byId.Version, byCode!.Version);
        Assert.Equal(mesa.Id, Assert.Single(all).Id);
    }

    [Fact]
    public async Task FindByConversationAsync_ThreadOfLinkedChannel_FindsMesaInOneRequest()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        const string channel = "19:abc123@thread.tacv2";
        mesa = await h.Mesas.LinkConversationAsync(mesa, new ConversationLink(channel, ConversationKind.Channel), Ana, None);

        // Act
        var (found, requests) = await h.RequestsAsync(() => h.Mesas.FindByConversationAsync(Tenant, channel + ";messageid=1712345678901", None));

        // Assert
        Assert.Equal(1, requests);
        Assert.NotNull(found);
        Assert.Equal((mesa.Id, mesa.Code, mesa.Version), (found.Id, found.Code, found.Version));
        Assert.Equal(channel, Assert.Single(found.Conversations).Key);
        Assert.Null(await h.Mesas.FindByConversationAsync(Tenant, "19:other@thread.tacv2", None));
        Assert.Null(await h.Mesas.FindByConversationAsync("another-tenant", channel, None));
    }

    [Fact]
    public async Task LinkConversationAsync_ChatOfAnotherMesa_RefusedNamingThatMesa()
    {
        // Arrange
        var h = await StartAsync();
        var res = await h.CreateMesaAsync();
        var eci = await h.CreateMesaAsync("economia-circular", "ECI", "Economía Circular");
        await h.Mesas.LinkConversationAsync(res, new ConversationLink("19:chat@unq.gbl.spaces", ConversationKind.GroupChat), Ana, None);

        // Act
        var error = await Assert.ThrowsAsync<RecordException>(() =>
            h.Mesas.LinkConversationAsync(eci, new ConversationLink("19:chat@unq.gbl.spaces", ConversationKind.GroupChat), Ana, None));

        // Assert
        Assert.Equal("Esta conversación ya está vinculada a la mesa Resiliencia (RES).", SpanishErrors.Text(error));
        Assert.Equal("resiliencia", (await h.Mesas.FindByConversationAsync(Tenant, "19:chat@unq.gbl.spaces", None))!.Id);
    }

    [Fact]
    public async Task CreateAsync_CodeTaken_RefusedInSpanish()
    {
        // Arrange
        var h = await StartAsync();
        await h.CreateMesaAsync();

        // Act
        var error = await Assert.ThrowsAsync<RecordException>(() => h.CreateMesaAsync("resiliencia-2", "res", "Otra"));

        // Assert
        Assert.Equal("El código RES ya lo usa otra mesa.", SpanishErrors.Text(error));
        Assert.Single(await h.Mesas.ListAsync(Tenant, None));
    }

    [Fact]
    public async Task RenameAsync_FromStaleCopy_ConcurrentChangeAndNothingWritten()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var renamed = await h.Mesas.RenameAsync(mesa, "Mesa de Resiliencia", Ana, None);

        // Act
        var error = await Assert.ThrowsAsync<RecordException>(() => h.Mesas.RenameAsync(mesa, "Otro nombre", Beto, None));

        // Assert
        Assert.Equal(RecordErrorKind.Concurrent, error.Kind);
        Assert.Equal("Otra persona modificó la mesa RES al mismo tiempo; vuelve a intentarlo.", SpanishErrors.Text(error));
        Assert.Equal("Mesa de Resiliencia", (await h.Mesas.FindByCodeAsync(Tenant, "RES", None))!.Name);
        Assert.Equal("2", renamed.Version);
    }

    [Fact]
    public async Task MesaChanges_EachTwoRequests_AllInHistoryAndCopiesAgree()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var (linked, linkRequests) = await h.RequestsAsync(() => h.Mesas.LinkConversationAsync(mesa, new ConversationLink("19:c@thread.tacv2", ConversationKind.Channel), Ana, None));
        var withCoordinator = await h.Mesas.AddCoordinatorAsync(linked, Beto, Ana, None);
        var withPartner = await h.Mesas.AddPartnerAsync(withCoordinator, new Partner("Dirección Meteorológica de Chile", ["DMC"]), Ana, None);
        var unlinked = await h.Mesas.UnlinkConversationAsync(withPartner, "19:c@thread.tacv2", Ana, None);
        var archived = await h.Mesas.ArchiveAsync(unlinked, Beto, None);

        // Assert
        Assert.Equal(2, linkRequests);
        Assert.True(archived.Archived);
        Assert.Equal([Ana, Beto], archived.Coordinators);
        Assert.Equal("DMC", Assert.Single(archived.Partners).Aliases[0]);
        Assert.Null(await h.Mesas.FindByConversationAsync(Tenant, "19:c@thread.tacv2", None));
        Assert.True((await h.Mesas.FindByCodeAsync(Tenant, "RES", None))!.Archived);
        var history = await h.Audit.MesaHistoryAsync(archived, None);
        Assert.Equal(
            [AuditAction.Created, AuditAction.ConversationLinked, AuditAction.CoordinatorAdded, AuditAction.PartnerAdded, AuditAction.ConversationUnlinked, AuditAction.Archived],
            history.Select(e => e.Action));
        var refused = await Assert.ThrowsAsync<RecordException>(() => h.CreateItemAsync(archived));
        Assert.Equal("La mesa RES está archivada; no admite registros nuevos.", SpanishErrors.Text(refused));
    }
}
