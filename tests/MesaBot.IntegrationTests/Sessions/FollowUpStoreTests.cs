using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;
using static MesaBot.IntegrationTests.Records.RecordsHarness;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>Acuerdos marked for follow-up on Azurite: what marking costs, and that opening a session reads them in its open-items query.</summary>
public sealed class FollowUpStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FollowAsync_TwoRequests_AndOpeningASessionStillAtMostThreeRequestsListsIt()
    {
        var h = await Records.RecordsHarness.StartAsync();
        var sessions = new SessionStore(h.Storage, h.Agreements, h.Items, h.Outbox, h.Time);
        var mesa = await h.CreateMesaAsync();
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se fija la visita a terreno", Today), Ana, "m1", None);
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se aprueba el acta anterior", Today), Ana, "m2", None);
        var open = await h.CreateItemAsync(mesa, "Enviar informe de daños");

        var (marked, markRequests) = await h.RequestsAsync(() => h.Agreements.FollowAsync(mesa, 1, Beto, None));
        var (opening, openRequests) = await h.RequestsAsync(() => sessions.OpenAsync(mesa, new NewSession(null), Ana, None));

        Assert.Equal(2L, markRequests);
        Assert.True(openRequests <= 3, $"Opening a session took {openRequests} requests.");
        Assert.Equal(Beto.ObjectId, marked.FollowUp!.By.ObjectId);
        var followed = Assert.Single(opening.FollowUps);
        Assert.Equal((1, "Se fija la visita a terreno"), (followed.Number, followed.Text));
        Assert.Equal(followed, Assert.Single((await sessions.GetAsync(mesa, 1, None))!.FollowUps));
        // The copy shares the "open|" range with the open items, and stays out of them.
        Assert.Equal(open.Ref, Assert.Single(opening.OpenItems).Ref);
        Assert.Equal(open.Ref, Assert.Single(await h.Items.OpenListAsync(mesa, None)).Ref);
    }

    [Fact]
    public async Task EditWhileFollowed_TheAgendaReadsTheNewText_AndUnfollowTakesItOff()
    {
        var h = await Records.RecordsHarness.StartAsync();
        var mesa = await h.CreateMesaAsync();
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se fija la visita", Today), Ana, "m1", None);
        await h.Agreements.FollowAsync(mesa, 1, Ana, None);

        await h.Agreements.EditTextAsync(mesa, 1, "Se fija la visita a terreno del 3 de diciembre", Ana, null, None);
        var edited = (await h.Items.OpenAsync(mesa, None)).Followed;
        var unfollowed = await h.Agreements.UnfollowAsync(mesa, 1, Ana, None);

        Assert.Equal("Se fija la visita a terreno del 3 de diciembre", Assert.Single(edited).Text);
        Assert.Null(unfollowed.FollowUp);
        Assert.Empty((await h.Items.OpenAsync(mesa, None)).Followed);
        var again = await Assert.ThrowsAsync<RecordException>(() => h.Agreements.UnfollowAsync(mesa, 1, Ana, None));
        Assert.Equal(RecordErrors.AgreementNotFollowed, again.Key);
    }
}
