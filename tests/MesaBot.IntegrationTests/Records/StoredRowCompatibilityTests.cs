using Azure.Data.Tables;
using MesaBot.Records;
using MesaBot.Records.Stores;
using static MesaBot.IntegrationTests.Records.RecordsHarness;

namespace MesaBot.IntegrationTests.Records;

/// <summary>
/// Rows written before tareas and compromisos became one store must read back unchanged and keep their
/// shape when changed. The rows here are written raw, column by column, exactly as the old
/// ActionItemStore.ItemEntity and CommitmentStore.CommitmentEntity wrote them.
/// </summary>
public sealed class StoredRowCompatibilityTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    // Rows keep the author's id and name only.
    private static readonly Person Author = new(Ana.ObjectId, Ana.Name);
    private static readonly DateTimeOffset Created = new(2025, 12, 1, 14, 0, 0, TimeSpan.Zero);

    // The columns each kind has always had (null ones are not stored).
    private static readonly string[] TaskColumns =
        ["Number", "Text", "OwnerId", "OwnerName", "OwnerTeamsId", "DueDate", "Status", "AgreementNumber", "CreatedById", "CreatedByName", "CreatedAt", "Revision", "ActivityId", "SourceMessageUrl"];

    private static readonly string[] CommitmentColumns =
        ["Number", "Partner", "ContactName", "ContactEmail", "Text", "DueDate", "Status", "FollowerId", "FollowerName", "FollowerTeamsId", "CreatedById", "CreatedByName", "CreatedAt", "Revision", "ActivityId", "SourceMessageUrl"];

    [Fact]
    public async Task TodaysRows_ReadBackUnchanged()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await WriteTodaysRowsAsync(h, mesa);

        // Act
        var task = await h.Items.GetAsync(mesa, new RecordRef(RecordKind.ActionItem, 1), None);
        var commitment = await h.Items.GetAsync(mesa, new RecordRef(RecordKind.Commitment, 1), None);
        var open = await new OpenItemsQuery(h.Items).ReadAsync(mesa, None);

        // Assert
        Assert.Equal(
            new OpenItem(RecordKind.ActionItem, 1, "Enviar informe de daños", Beto, Today.AddDays(3), ItemStatus.Pendiente, Author, Created, null, null, "1")
            {
                AgreementNumber = 2,
                SourceMessageUrl = "https://teams.microsoft.com/l/message/19:x/1",
            },
            task);
        Assert.Equal(
            new OpenItem(RecordKind.Commitment, 1, "Enviar propuesta de indicadores", Carla, Today.AddDays(5), ItemStatus.EnCurso, Author, Created, null, null, "3")
            {
                Partner = "Cámara Chilena de la Construcción",
                ContactName = "Andrés Peña",
                ContactEmail = "apena@cchc.cl",
            },
            commitment);
        Assert.Equal(task, Assert.Single(open.ActionItems));
        Assert.Equal(commitment, Assert.Single(open.Commitments));
        Assert.Equal([Beto.ObjectId, Carla.ObjectId], (await h.Index.DueOnAsync(Today.AddDays(3), None)).Concat(await h.Index.DueOnAsync(Today.AddDays(5), None)).Select(p => p.Person.ObjectId));
    }

    [Fact]
    public async Task TodaysRows_ChangedAndCreated_KeepTodaysColumnsPerKind()
    {
        // Arrange
        var h = await StartAsync();
        var mesa = await h.CreateMesaAsync();
        await WriteTodaysRowsAsync(h, mesa);
        var t1 = new RecordRef(RecordKind.ActionItem, 1);
        var c1 = new RecordRef(RecordKind.Commitment, 1);

        // Act
        await h.Items.EditTextAsync(mesa, t1, "Enviar informe de daños corregido", Ana, "1", None);
        await h.Items.ReassignAsync(mesa, t1, Carla, Ana, null, None);
        await h.Items.ReassignAsync(mesa, c1, Beto, Ana, "3", None);
        await h.Items.SetStatusAsync(mesa, c1, ItemStatus.Cumplida, Beto, null, None);
        var t2 = await h.Items.CreateTaskAsync(mesa, new NewActionItem("Otra tarea", Beto, Today.AddDays(4)), Ana, "act-new", None);

        // Assert
        Assert.Equal(2, t2.Number); // the old counter row goes on counting
        var task = await RawAsync(h, mesa, "T|0000001");
        Assert.Equal(Columns(TaskColumns, without: ["OwnerTeamsId"]), Columns(task)); // Carla has no Teams id
        Assert.Equal((Carla.ObjectId, "Enviar informe de daños corregido", 3L), (task["OwnerId"], task["Text"], task["Revision"]));
        Assert.Equal("act-1", task["ActivityId"]); // columns the record model does not carry survive a change
        Assert.IsType<int>(task["Number"]);
        Assert.IsType<DateTimeOffset>(task["CreatedAt"]);
        Assert.Equal(Columns(task), Columns(await RawAsync(h, mesa, "open|T|0000001")));

        var commitment = await RawAsync(h, mesa, "C|0000001");
        Assert.Equal(Columns([.. CommitmentColumns, "CompletedById", "CompletedByName", "CompletedAt"], without: ["SourceMessageUrl"]), Columns(commitment));
        Assert.Equal((Beto.ObjectId, Beto.Name, "29:beto", 5L), (commitment["FollowerId"], commitment["FollowerName"], commitment["FollowerTeamsId"], commitment["Revision"]));
        Assert.Null(await RawOrNullAsync(h, mesa, "open|C|0000001")); // closed: its open copy is gone

        var created = await RawAsync(h, mesa, "T|0000002");
        Assert.Equal(Columns(TaskColumns, without: ["AgreementNumber", "SourceMessageUrl"]), Columns(created));
        Assert.IsType<long>(created["Revision"]);
    }

    // Exactly what the old stores wrote for T-1 (pendiente, revision 1) and C-1 (en curso, revision 3),
    // with their open copies, counters and index rows; the index rows through the unchanged PendingIndex.
    private static async Task WriteTodaysRowsAsync(RecordsHarness h, Mesa mesa)
    {
        var table = h.Storage.Table(RecordKeys.RecordsTable);
        var partition = RecordKeys.MesaPartition(mesa);
        var task = new TableEntity(partition, "T|0000001")
        {
            ["Number"] = 1,
            ["Text"] = "Enviar informe de daños",
            ["OwnerId"] = Beto.ObjectId,
            ["OwnerName"] = Beto.Name,
            ["OwnerTeamsId"] = Beto.TeamsUserId,
            ["DueDate"] = Today.AddDays(3).ToString("yyyy-MM-dd"),
            ["Status"] = "Pendiente",
            ["AgreementNumber"] = 2,
            ["CreatedById"] = Ana.ObjectId,
            ["CreatedByName"] = Ana.Name,
            ["CreatedAt"] = Created,
            ["Revision"] = 1L,
            ["ActivityId"] = "act-1",
            ["SourceMessageUrl"] = "https://teams.microsoft.com/l/message/19:x/1",
        };
        var commitment = new TableEntity(partition, "C|0000001")
        {
            ["Number"] = 1,
            ["Partner"] = "Cámara Chilena de la Construcción",
            ["ContactName"] = "Andrés Peña",
            ["ContactEmail"] = "apena@cchc.cl",
            ["Text"] = "Enviar propuesta de indicadores",
            ["DueDate"] = Today.AddDays(5).ToString("yyyy-MM-dd"),
            ["Status"] = "EnCurso",
            ["FollowerId"] = Carla.ObjectId,
            ["FollowerName"] = Carla.Name,
            ["CreatedById"] = Ana.ObjectId,
            ["CreatedByName"] = Ana.Name,
            ["CreatedAt"] = Created,
            ["Revision"] = 3L,
            ["ActivityId"] = "act-2",
        };
        foreach (var row in new[] { task, commitment })
        {
            await table.AddEntityAsync(row, None);
            await table.AddEntityAsync(new TableEntity(row) { RowKey = "open|" + row.RowKey }, None);
        }

        await table.AddEntityAsync(new TableEntity(partition, "count|T") { ["Last"] = 1 }, None);
        await table.AddEntityAsync(new TableEntity(partition, "count|C") { ["Last"] = 1 }, None);
        await h.Repair.RepairIndexesAsync(mesa, None);
    }

    private static async Task<TableEntity> RawAsync(RecordsHarness h, Mesa mesa, string rowKey) =>
        await RawOrNullAsync(h, mesa, rowKey) ?? throw new InvalidOperationException($"No row {rowKey}.");

    private static async Task<TableEntity?> RawOrNullAsync(RecordsHarness h, Mesa mesa, string rowKey)
    {
        var read = await h.Storage.Table(RecordKeys.RecordsTable).GetEntityIfExistsAsync<TableEntity>(RecordKeys.MesaPartition(mesa), rowKey, cancellationToken: None);
        return read.HasValue ? read.Value : null;
    }

    private static string[] Columns(TableEntity row) =>
        [.. row.Where(c => c.Value is not null && c.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Select(c => c.Key).Order(StringComparer.Ordinal)];

    private static string[] Columns(string[] columns, string[]? without = null) =>
        [.. columns.Except(without ?? []).Order(StringComparer.Ordinal)];
}
