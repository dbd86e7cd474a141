using MesaBot.Records;
using MesaBot.Records.Stores;
using static MesaBot.IntegrationTests.Records.RecordsHarness;

namespace MesaBot.IntegrationTests.Records;

/// <summary>What the chat commands read stays within two storage requests, mesa lookup included.</summary>
public sealed class ChatReadTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Pendientes_FromAChannelThread_TwoRequests()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.Mesas.LinkConversationAsync(await h.CreateMesaAsync(), new ConversationLink("19:ch@thread.tacv2", ConversationKind.Channel), Ana, None);
        await h.CreateItemAsync(mesa, "Uno");
        await h.CreateItemAsync(mesa, "Dos");

        // Act
        var (pending, requests) = await h.RequestsAsync(async () =>
        {
            var found = await h.Mesas.FindByConversationAsync(Tenant, "19:ch@thread.tacv2;messageid=42", None);
            return await h.ActionItems.PendingAsync(found!, None);
        });

        // Assert
        Assert.Equal(2, requests);
        Assert.Equal(["Uno", "Dos"], pending.Select(p => p.Text));
    }

    [Fact]
    public async Task MesaList_ReadsOnlyTheListColumns_SameViewAsTheWholeItems()
    {
        // Arrange: both kinds, one in progress and overdue, one with a partner, contact and source link.
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var task = await h.CreateItemAsync(mesa, "Revisar bases", Ana, inDays: 3);
        await h.ActionItems.SetStatusAsync(mesa, task.Number, ItemStatus.EnCurso, Ana, task.Version, None);
        await h.CreateItemAsync(mesa, "Enviar catastro", Carla, inDays: 1);
        await h.Commitments.CreateAsync(
            mesa, new NewCommitment("CChC", "Informe de productividad", Today.AddDays(2), Beto, "Juan Pérez", "juan@cchc.cl", "https://teams.microsoft.com/l/message/1"), Ana, null, None);
        var whole = await new OpenItemsQuery(h.Items).ReadAsync(mesa, None);

        // Act
        var (listed, requests) = await h.RequestsAsync(() => new OpenItemsQuery(h.Items).ListAsync(mesa, None));

        // Assert: one request, and what the list shows is what the whole items say, by due date.
        Assert.Equal(1, requests);
        Assert.Equal(
            whole.ActionItems.Concat(whole.Commitments).OrderBy(i => i.DueDate).Select(i => i.Pending(mesa)),
            listed);
        Assert.Equal(["Enviar catastro", "Informe de productividad", "Revisar bases"], listed.Select(i => i.Text));
        Assert.Equal("Cámara Chilena de la Construcción", listed[1].Partner);
        Assert.Equal(ItemStatus.EnCurso, listed[2].Status);
    }

    [Fact]
    public async Task Acuerdos_OfTheMesa_TwoRequests()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.Mesas.LinkConversationAsync(await h.CreateMesaAsync(), new ConversationLink("19:chat@unq.gbl.spaces", ConversationKind.GroupChat), Ana, None);
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Acuerdo", Today), Ana, null, None);

        // Act
        var (agreements, requests) = await h.RequestsAsync(async () =>
            await h.Agreements.ListAsync((await h.Mesas.FindByConversationAsync(Tenant, "19:chat@unq.gbl.spaces", None))!, None));

        // Assert
        Assert.Equal(2, requests);
        Assert.Single(agreements);
    }

    [Fact]
    public async Task MisPendientes_AcrossMesas_OneRequest()
    {
        // Arrange
        var h = await StartAsync();
        var res = await h.CreateMesaAsync();
        var eci = await h.CreateMesaAsync("economia-circular", "ECI", "Economía Circular");
        await h.CreateItemAsync(res, "De resiliencia", owner: Carla, inDays: 9);
        await h.CreateItemAsync(eci, "De economía circular", owner: Carla, inDays: 2);
        await h.Commitments.CreateAsync(eci, new NewCommitment("Corfo", "Seguimiento a Corfo", Today.AddDays(5), Carla), Ana, null, None);
        await h.CreateItemAsync(eci, "De otra persona", owner: Beto);

        // Act
        var (mine, requests) = await h.RequestsAsync(() => h.Index.PendingForPersonAsync(Tenant, Carla.ObjectId.ToUpperInvariant(), None));

        // Assert
        Assert.Equal(1, requests);
        Assert.Equal(["ECI-T-1", "ECI-C-1", "RES-T-1"], mine.Select(m => m.QualifiedId));
    }
}
