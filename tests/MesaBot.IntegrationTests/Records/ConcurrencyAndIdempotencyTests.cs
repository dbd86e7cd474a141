using MesaBot.Records;
using static MesaBot.IntegrationTests.Records.RecordsHarness;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Records;

public sealed class ConcurrencyAndIdempotencyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_HundredAtOnceFromTwoInstances_HundredConsecutiveNumbers()
    {
        // Arrange: two bot instances on the same tables race on the counter's ETag
        var first = await StartAsync();
        var second = await first.SecondInstanceAsync();
        var mesa = await first.CreateMesaAsync();

        // Act
        var created = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            (i % 2 == 0 ? first : second).CreateItemAsync(mesa, $"Tarea {i}", activityId: $"act-{i}")));

        // Assert
        Assert.Equal(Enumerable.Range(1, 100), created.Select(c => c.Number).Order());
        Assert.Equal(100, (await first.ActionItems.PendingAsync(mesa, None)).Count);
        Assert.Equal(100, (await first.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None)).Count);
    }

    [Fact]
    public async Task SetStatusAsync_TwoUsersFromSameVersion_ExactlyOneWins()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa);
        var other = await h.SecondInstanceAsync();

        // Act
        var outcomes = await Task.WhenAll(
            Outcome(() => h.ActionItems.SetStatusAsync(mesa, item.Number, ItemStatus.Cumplida, Ana, item.Version, None)),
            Outcome(() => other.ActionItems.SetStatusAsync(mesa, item.Number, ItemStatus.Cancelada, Beto, item.Version, None)));

        // Assert
        var winner = Assert.Single(outcomes, o => o.Item is not null).Item!;
        var loser = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal("Otra persona modificó T-1 al mismo tiempo; vuelve a intentarlo.", SpanishErrors.Text(loser));
        Assert.Equal(winner, await h.ActionItems.GetAsync(mesa, item.Number, None));
        Assert.Equal(2, (await h.Audit.HistoryAsync(mesa, item.Ref, None)).Count);
    }

    [Fact]
    public async Task SetDueDateAsync_TenRacingWriters_NoLostUpdate()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa);
        var instances = new[] { h, await h.SecondInstanceAsync(), await h.SecondInstanceAsync() };

        // Act: each writer reads and writes; a writer whose read went stale must fail, never overwrite
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Outcome(() => instances[i % 3].ActionItems.SetDueDateAsync(mesa, item.Number, Today.AddDays(20 + i), Ana, null, None))));

        // Assert
        var wins = outcomes.Where(o => o.Item is not null).Select(o => o.Item!).ToList();
        Assert.NotEmpty(wins);
        Assert.All(outcomes.Where(o => o.Error is not null), o => Assert.Equal(RecordErrorKind.Concurrent, Assert.IsType<RecordException>(o.Error).Kind));
        var final = await h.ActionItems.GetAsync(mesa, item.Number, None);
        Assert.Equal((1 + wins.Count).ToString(), final!.Version); // every successful write bumped the revision once
        Assert.Contains(final, wins);
        Assert.Equal(1 + wins.Count, (await h.Audit.HistoryAsync(mesa, item.Ref, None)).Count);
        Assert.Equal(final.DueDate, Assert.Single(await h.ActionItems.PendingAsync(mesa, None)).DueDate);
    }

    [Fact]
    public async Task CreateAsync_SameActivityTwice_OneRecordSameAnswer()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var first = await h.CreateItemAsync(mesa, "Enviar minuta", activityId: "f:1234567890");

        // Act
        var (again, requests) = await h.RequestsAsync(() => h.CreateItemAsync(mesa, "Enviar minuta", activityId: "f:1234567890"));
        var next = await h.CreateItemAsync(mesa, "Otra", activityId: "f:other");

        // Assert
        Assert.Equal(first, again);
        Assert.Equal(6, requests); // counter read, refused transaction, idempotency read, record read, two index upserts
        Assert.Equal(2, next.Number);
        Assert.Equal(2, (await h.ActionItems.ListAsync(mesa, None)).Count);
    }

    [Fact]
    public async Task CreateAgreementAsync_SameActivityTwiceAtOnce_OneRecord()
    {
        // Arrange
        var h = await StartAsync();
        var other = await h.SecondInstanceAsync();
        var mesa = await h.CreateMesaAsync();
        var agreement = new NewAgreement("Acuerdo reenviado por Teams", Today);

        // Act
        var both = await Task.WhenAll(
            h.Agreements.CreateAsync(mesa, agreement, Ana, "resent-turn", None),
            other.Agreements.CreateAsync(mesa, agreement, Ana, "resent-turn", None));

        // Assert
        Assert.Equal(both[0], both[1]);
        Assert.Single(await h.Agreements.ListAsync(mesa, None));
    }

    private static async Task<(T? Item, RecordException? Error)> Outcome<T>(Func<Task<T>> action) where T : class
    {
        try
        {
            return (await action(), null);
        }
        catch (RecordException ex) when (ex.Kind == RecordErrorKind.Concurrent)
        {
            return (null, ex);
        }
    }
}
