using Azure.Data.Tables;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;
using static MesaBot.IntegrationTests.Records.RecordsHarness;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>The sessions' store on Azurite: its request counts (docs/storage.md), and which records belong to a session.</summary>
public sealed class SessionStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OpenAsync_WithRecordsAndOpenItems_AtMostThreeRequestsAndTheAgendaHoldsTheOpenItems()
    {
        var (h, sessions) = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await h.Agreements.CreateAsync(mesa, new NewAgreement("Se aprueba la hoja de ruta", Today), Ana, "m1", None);
        var open = await h.CreateItemAsync(mesa, "Enviar informe de daños");

        var (opening, requests) = await h.RequestsAsync(() => sessions.OpenAsync(mesa, new NewSession("Sesión ordinaria"), Ana, None));

        Assert.True(requests <= 3, $"Opening a session took {requests} requests.");
        Assert.False(opening.AlreadyOpen);
        Assert.Equal(1, opening.Session.Number);
        Assert.Equal(open.Ref, Assert.Single(opening.Session.Agenda).Ref);
        Assert.Equal(new RecordNumbers(2, 2, 1), opening.Session.FirstNumbers);
    }

    [Fact]
    public async Task CreatesWhileOpen_CarryTheSessionNumber_AndRecordsAsyncReadsOnlyThatSessionsRows()
    {
        var (h, sessions) = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var before = await h.CreateItemAsync(mesa, "Antes de la sesión");
        await sessions.OpenAsync(mesa, new NewSession(null), Ana, None);
        var (during, createRequests) = await h.RequestsAsync(() => h.CreateItemAsync(mesa, "Durante la sesión", activityId: "m2"));
        var agreement = await h.Agreements.CreateAsync(mesa, new NewAgreement("Se acuerda algo", Today), Ana, "m3", None);
        var closed = (await sessions.CloseAsync(mesa, Ana, null, null, None))!;
        var after = await h.CreateItemAsync(mesa, "Después de la sesión", activityId: "m4");

        var (records, readRequests) = await h.RequestsAsync(() => sessions.RecordsAsync(mesa, closed, None));

        Assert.Equal(5L, createRequests);
        Assert.Equal(3L, readRequests);
        Assert.Null(before.SessionNumber);
        Assert.Equal(1, during.SessionNumber);
        Assert.Equal(1, agreement.SessionNumber);
        Assert.Null(after.SessionNumber);
        Assert.Equal([during.Ref], records.ActionItems.Select(i => i.Ref));
        Assert.Equal([agreement.Ref], records.Agreements.Select(a => a.Ref));
        Assert.Equal(new RecordNumbers(1, 2, 0), closed.LastNumbers);
    }

    [Fact]
    public async Task CreateForAClosedSession_WhileTheNextIsOpen_BelongsToItsSessionOnceReached()
    {
        var (h, sessions) = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await sessions.OpenAsync(mesa, new NewSession(null), Ana, None);
        var during = await h.CreateItemAsync(mesa, "Durante la primera", activityId: "m1");
        await sessions.CloseAsync(mesa, Ana, null, null, None);
        await sessions.OpenAsync(mesa, new NewSession(null), Ana, None);
        var second = await h.CreateItemAsync(mesa, "Durante la segunda", activityId: "m2");
        var late = await h.Items.CreateTaskAsync(mesa, new NewActionItem("Leída en la transcripción de la primera", Beto, Today.AddDays(7)) { ForSession = 1 }, Ana, "m3", None);

        var reached = await sessions.ReachAsync(mesa, 1, [late.Ref], Ana, None);
        var (again, requests) = await h.RequestsAsync(() => sessions.ReachAsync(mesa, 1, [late.Ref], Ana, None));
        var closedSecond = (await sessions.CloseAsync(mesa, Ana, null, null, None))!;

        Assert.Equal(1, late.SessionNumber);
        Assert.Equal(new RecordNumbers(0, 3, 0), reached.LateNumbers);
        Assert.Equal((1L, reached.Version), (requests, again.Version));
        var first = (await sessions.GetAsync(mesa, 1, None))!;
        Assert.Equal([during.Ref, late.Ref], (await sessions.RecordsAsync(mesa, first, None)).ActionItems.Select(i => i.Ref));
        Assert.Equal([second.Ref], (await sessions.RecordsAsync(mesa, closedSecond, None)).ActionItems.Select(i => i.Ref));
    }

    [Fact]
    public async Task CloseAsync_Then_TheCountersKeepTheirNumbersAndLoseTheSession()
    {
        var (h, sessions) = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await sessions.OpenAsync(mesa, new NewSession(null), Ana, None);
        await h.CreateItemAsync(mesa, "Durante", activityId: "m1");

        var (_, requests) = await h.RequestsAsync(() => sessions.CloseAsync(mesa, Ana, null, null, None));

        Assert.Equal(3L, requests);
        var table = h.Storage.Table(RecordKeys.RecordsTable);
        var counter = (await table.GetEntityAsync<TableEntity>(RecordKeys.MesaPartition(mesa), RecordKeys.CounterRow(RecordKind.ActionItem))).Value;
        Assert.Equal((1, (int?)null), (counter.GetInt32("Last")!.Value, counter.GetInt32(RecordKeys.SessionColumn)));
        Assert.Null(await sessions.OpenSessionAsync(mesa, None));
        Assert.Null((await h.CreateItemAsync(mesa, "Después", activityId: "m2")).SessionNumber);
    }

    [Fact]
    public async Task ApproveAsync_WhileOpenOrTwice_Refused()
    {
        var (h, sessions) = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await sessions.OpenAsync(mesa, new NewSession(null), Ana, None);
        var document = new StoredDocument("acta-1", new string('a', 64), 10);

        var open = await Assert.ThrowsAsync<RecordException>(() => sessions.ApproveAsync(mesa, 1, 1, document, Ana, None));
        await sessions.CloseAsync(mesa, Ana, null, null, None);
        await sessions.ApproveAsync(mesa, 1, 1, document, Ana, None);
        var twice = await Assert.ThrowsAsync<RecordException>(() => sessions.ApproveAsync(mesa, 1, 1, document with { StoredName = "otra" }, Ana, None));

        Assert.Equal((RecordErrors.SessionStillOpen, RecordErrors.ActaAlreadyApproved), (open.Key, twice.Key));
        Assert.Equal("acta-1", (await sessions.GetAsync(mesa, 1, None))!.CurrentApproval!.Document.StoredName);
    }

    private static async Task<(Records.RecordsHarness Harness, SessionStore Sessions)> StartAsync()
    {
        var h = await Records.RecordsHarness.StartAsync();
        return (h, new SessionStore(h.Storage, h.Agreements, h.Items, h.Outbox, h.Time));
    }
}
