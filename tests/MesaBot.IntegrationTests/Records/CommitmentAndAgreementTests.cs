using MesaBot.Records;
using static MesaBot.IntegrationTests.Records.RecordsHarness;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Records;

public sealed class CommitmentAndAgreementTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateCommitmentAsync_PartnerByAlias_StoredUnderCanonicalNameAndIndexedForFollower()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var (created, requests) = await h.RequestsAsync(() => h.Commitments.CreateAsync(
            mesa, new NewCommitment("cchc", "Enviar catastro de obras con áridos reciclados", Today.AddDays(10), Carla, "Jorge Silva", "jsilva@cchc.cl"), Ana, "a1", None));

        // Assert
        Assert.Equal(5, requests); // counter read, transaction (with the sync marker), 2 index rows, marker delete
        var read = await h.Commitments.GetAsync(mesa, created.Number, None);
        Assert.Equal(created, read);
        Assert.Equal(("Cámara Chilena de la Construcción", "Jorge Silva", "jsilva@cchc.cl", "C-1"), (read!.Partner, read.ContactName, read.ContactEmail, read.Ref.ToString()));
        var indexed = Assert.Single(await h.Index.PendingForPersonAsync(Tenant, Carla.ObjectId, None));
        Assert.Equal(("RES-C-1", "Cámara Chilena de la Construcción"), (indexed.QualifiedId, indexed.Partner));
    }

    [Fact]
    public async Task CommitmentChanges_CloseReassignEdit_PendingAndHistoryFollow()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var first = await h.Commitments.CreateAsync(mesa, new NewCommitment("Corfo", "Confirmar fondos", Today.AddDays(5), Beto), Ana, null, None);
        var second = await h.Commitments.CreateAsync(mesa, new NewCommitment("Socio nuevo", "Enviar carta", Today.AddDays(6), Beto), Ana, null, None);

        // Act
        await h.Commitments.SetStatusAsync(mesa, first.Number, ItemStatus.Cumplida, Beto, null, None);
        await h.Commitments.ReassignAsync(mesa, second.Number, Carla, Ana, null, None);
        await h.Commitments.EditTextAsync(mesa, second.Number, "Enviar carta firmada", Ana, null, None);
        await h.Commitments.SetDueDateAsync(mesa, second.Number, Today.AddDays(8), Ana, null, None);

        // Assert
        var pending = Assert.Single(await h.Commitments.PendingAsync(mesa, None));
        Assert.Equal(("Socio nuevo", "Enviar carta firmada", Carla.ObjectId, Today.AddDays(8)), (pending.Partner, pending.Text, pending.Accountable.ObjectId, pending.DueDate));
        Assert.Empty(await h.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None));
        Assert.Equal("C-2", Assert.Single(await h.Index.DueOnAsync(Today.AddDays(8), None)).Ref.ToString());
        Assert.Equal(2, (await h.Commitments.ListAsync(mesa, None)).Count);
        Assert.Equal(4, (await h.Audit.HistoryAsync(mesa, second.Ref, None)).Count);
    }

    [Fact]
    public async Task CreateCommitmentAsync_NoPartnerOrBadEmail_RefusedInSpanish()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var noPartner = await Assert.ThrowsAsync<RecordException>(() =>
            h.Commitments.CreateAsync(mesa, new NewCommitment("  ", "Texto", Today, Beto), Ana, null, None));
        var badEmail = await Assert.ThrowsAsync<RecordException>(() =>
            h.Commitments.CreateAsync(mesa, new NewCommitment("Corfo", "Texto", Today, Beto, ContactEmail: "no es correo"), Ana, null, None));

        // Assert
        Assert.Equal("Falta la organización del compromiso (p. ej. CChC).", SpanishErrors.Text(noPartner));
        Assert.Equal("El correo 'no es correo' no parece una dirección válida.", SpanishErrors.Text(badEmail));
    }

    [Fact]
    public async Task AgreementStore_CreateListEdit_CountsAndContent()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var (a1, createRequests) = await h.RequestsAsync(() => h.Agreements.CreateAsync(mesa,
            new NewAgreement("Incorporar criterios de resiliencia en puentes", Today.AddDays(-7), "Sesión 3", "https://teams.microsoft.com/l/message/19:x/123"), Ana, "m1", None));
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Segundo acuerdo", Today), Beto, "m2", None);
        var (list, listRequests) = await h.RequestsAsync(() => h.Agreements.ListAsync(mesa, None));
        var (edited, editRequests) = await h.RequestsAsync(() => h.Agreements.EditTextAsync(mesa, 1, "Incorporar criterios de resiliencia climática en puentes", Ana, a1.Version, None));

        // Assert
        Assert.Equal((2, 1, 2), (createRequests, listRequests, editRequests));
        Assert.Equal(["A-1", "A-2"], list.Select(a => a.Ref.ToString()));
        Assert.Equal(("Sesión 3", Today.AddDays(-7), Ana.ObjectId), (list[0].Session, list[0].AgreedOn, list[0].Author.ObjectId));
        Assert.Equal("https://teams.microsoft.com/l/message/19:x/123", list[0].SourceMessageUrl);
        Assert.Equal(edited, await h.Agreements.GetAsync(mesa, 1, None));
        var stale = await Assert.ThrowsAsync<RecordException>(() => h.Agreements.EditTextAsync(mesa, 1, "Otra", Beto, a1.Version, None));
        Assert.Equal(RecordErrorKind.Concurrent, stale.Kind);
        Assert.Equal("Otra persona modificó A-1 al mismo tiempo; vuelve a intentarlo.", SpanishErrors.Text(stale));
    }
}
