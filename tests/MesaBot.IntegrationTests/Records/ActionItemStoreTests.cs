using MesaBot.Records;
using static MesaBot.IntegrationTests.Records.RecordsHarness;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Records;

public sealed class ActionItemStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_NewItem_ReadsBackAndCostsFiveRequests()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var (created, requests) = await h.RequestsAsync(() => h.ActionItems.CreateAsync(
            mesa, new NewActionItem("  Enviar informe de daños  ", Beto, Today.AddDays(3), AgreementNumber: 2), Ana, "act-1", None));

        // Assert
        Assert.Equal(5, requests); // counter read, transaction (with the sync marker), person index, date index, marker delete
        var read = await h.ActionItems.GetAsync(mesa, created.Number, None);
        Assert.Equal(created, read);
        Assert.Equal(1, read!.Number);
        Assert.Equal("Enviar informe de daños", read.Text);
        Assert.Equal(Beto, read.Accountable);
        Assert.Equal(new DateOnly(2025, 12, 18), read.DueDate);
        Assert.Equal(ItemStatus.Pendiente, read.Status);
        Assert.Equal(2, read.AgreementNumber);
        Assert.Equal(Ana.ObjectId, read.CreatedBy.ObjectId);
        Assert.Equal(h.Time.GetUtcNow(), read.CreatedAt);
        Assert.Equal("T-1", read.Ref.ToString());
    }

    [Fact]
    public async Task PendingAsync_MixOfOpenAndClosed_ReturnsOnlyOpenInOneRequest()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var late = await h.CreateItemAsync(mesa, "Tarea tardía", inDays: 20);
        var soon = await h.CreateItemAsync(mesa, "Tarea pronta", inDays: 2);
        var done = await h.CreateItemAsync(mesa, "Tarea cumplida", inDays: 5);
        await h.ActionItems.SetStatusAsync(mesa, done.Number, ItemStatus.Cumplida, Ana, null, None);

        // Act
        var (pending, requests) = await h.RequestsAsync(() => h.ActionItems.PendingAsync(mesa, None));

        // Assert
        Assert.Equal(1, requests);
        Assert.Equal([soon.Number, late.Number], pending.Select(p => p.Number));
        Assert.Equal(3, (await h.ActionItems.ListAsync(mesa, None)).Count);
    }

    [Fact]
    public async Task SetStatusAsync_Cumplida_LeavesPendingListsAndRecordsCompletion()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa, inDays: 1);

        // Act
        var (done, requests) = await h.RequestsAsync(() => h.ActionItems.SetStatusAsync(mesa, item.Number, ItemStatus.Cumplida, Carla, item.Version, None));

        // Assert
        Assert.Equal(5, requests); // read, transaction (+marker), delete person row, delete date row, delete marker
        Assert.Equal(ItemStatus.Cumplida, done.Status);
        Assert.Equal(Carla.ObjectId, done.CompletedBy!.ObjectId);
        Assert.Equal(h.Time.GetUtcNow(), done.CompletedAt);
        Assert.Empty(await h.ActionItems.PendingAsync(mesa, None));
        Assert.Empty(await h.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None));
        Assert.Empty(await h.Index.DueOnAsync(Today.AddDays(1), None));
        Assert.Equal(done, await h.ActionItems.GetAsync(mesa, item.Number, None));
    }

    [Fact]
    public async Task SetStatusAsync_EnCurso_StaysPendingWithNewStatusEverywhere()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa);

        // Act
        var (_, requests) = await h.RequestsAsync(() => h.ActionItems.SetStatusAsync(mesa, item.Number, ItemStatus.EnCurso, Beto, null, None));

        // Assert
        Assert.Equal(5, requests); // read, transaction (with the sync marker), two index upserts, marker delete
        Assert.Equal(ItemStatus.EnCurso, Assert.Single(await h.ActionItems.PendingAsync(mesa, None)).Status);
        Assert.Equal(ItemStatus.EnCurso, Assert.Single(await h.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None)).Status);
    }

    [Fact]
    public async Task ReassignAsync_NewOwner_MovesPersonIndexRow()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa, owner: Beto);

        // Act
        var (moved, requests) = await h.RequestsAsync(() => h.ActionItems.ReassignAsync(mesa, item.Number, Carla, Ana, null, None));

        // Assert
        Assert.Equal(6, requests); // read, transaction (+marker), 2 upserts, delete old person row, delete marker
        Assert.Equal(Carla, moved.Accountable);
        Assert.Empty(await h.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None));
        var indexed = Assert.Single(await h.Index.PendingForPersonAsync(Tenant, Carla.ObjectId, None));
        Assert.Equal("RES-T-1", indexed.QualifiedId);
        Assert.Equal(Carla.ObjectId, Assert.Single(await h.Index.DueOnAsync(item.DueDate, None)).Person.ObjectId);
    }

    [Fact]
    public async Task SetDueDateAsync_NewDate_MovesDateIndexRowAndLogsChange()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa, inDays: 3);

        // Act
        var moved = await h.ActionItems.SetDueDateAsync(mesa, item.Number, Today.AddDays(10), Ana, null, None);

        // Assert
        Assert.Equal(Today.AddDays(10), moved.DueDate);
        Assert.Empty(await h.Index.DueOnAsync(Today.AddDays(3), None));
        Assert.Equal(item.Ref, Assert.Single(await h.Index.DueOnAsync(Today.AddDays(10), None)).Ref);
        var history = await h.Audit.HistoryAsync(mesa, item.Ref, None);
        Assert.Equal([AuditAction.Created, AuditAction.DueDateChanged], history.Select(e => e.Action));
        Assert.Equal(("18/12/2025", "25/12/2025"), (history[1].OldValue, history[1].NewValue));
        Assert.Equal(Ana.ObjectId, history[1].By.ObjectId);
    }

    [Fact]
    public async Task EditTextAsync_OpenItem_UpdatesRecordCopyAndIndexInFiveRequests()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        var item = await h.CreateItemAsync(mesa, "Texto original");

        // Act
        var (edited, requests) = await h.RequestsAsync(() => h.ActionItems.EditTextAsync(mesa, item.Number, "Texto corregido", Ana, item.Version, None));

        // Assert
        Assert.Equal(5, requests); // read, transaction (with the sync marker), two index upserts, marker delete
        Assert.Equal("2", edited.Version);
        Assert.Equal("Texto corregido", Assert.Single(await h.ActionItems.PendingAsync(mesa, None)).Text);
        Assert.Equal("Texto corregido", Assert.Single(await h.Index.PendingForPersonAsync(Tenant, Beto.ObjectId, None)).Text);
        var change = (await h.Audit.HistoryAsync(mesa, item.Ref, None))[^1];
        Assert.Equal((AuditAction.TextChanged, "Texto original", "Texto corregido"), (change.Action, change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task CreateAsync_DueDateYesterdayInSantiago_RefusedInSpanish()
    {
        // Arrange: 02:00 UTC on the 16th is still the 15th in Santiago (UTC-3)
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        h.Time.SetUtcNow(new DateTimeOffset(2025, 12, 16, 2, 0, 0, TimeSpan.Zero));

        // Act
        var today = await h.ActionItems.CreateAsync(mesa, new NewActionItem("Hoy", Beto, new DateOnly(2025, 12, 15)), Ana, null, None);
        var error = await Assert.ThrowsAsync<RecordException>(() =>
            h.ActionItems.CreateAsync(mesa, new NewActionItem("Ayer", Beto, new DateOnly(2025, 12, 14)), Ana, null, None));

        // Assert
        Assert.Equal(1, today.Number);
        Assert.Equal("La fecha de vencimiento 14/12/2025 ya pasó; hoy es 15/12/2025.", SpanishErrors.Text(error));
    }

    [Fact]
    public async Task CreateAsync_MissingOwner_RefusedWithoutWriting()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var (error, requests) = await h.RequestsAsync(() => Assert.ThrowsAsync<RecordException>(() =>
            h.ActionItems.CreateAsync(mesa, new NewActionItem("Sin responsable", new Person(" ", ""), Today), Ana, null, None)));

        // Assert
        Assert.Equal("Falta el responsable de la tarea.", SpanishErrors.Text(error));
        Assert.Equal(0, requests);
    }

    [Fact]
    public async Task SetStatusAsync_UnknownNumber_NotFoundInSpanish()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();

        // Act
        var error = await Assert.ThrowsAsync<RecordException>(() => h.ActionItems.SetStatusAsync(mesa, 99, ItemStatus.Cumplida, Ana, null, None));

        // Assert
        Assert.Equal(RecordErrorKind.NotFound, error.Kind);
        Assert.Equal("No existe T-99 en la mesa RES.", SpanishErrors.Text(error));
    }
}
