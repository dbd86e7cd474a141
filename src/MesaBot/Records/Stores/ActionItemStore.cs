using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// The tareas of each mesa, in the mesa's partition: the record under "T|n" and, while open, an
/// identical copy under "open|T|n", so "pendientes" reads only open items in one request. Both rows
/// change in one transaction under the record's ETag. Counts per call are in docs/storage.md.
/// </summary>
public sealed partial class ActionItemStore(RecordWriter writer, TimeProvider time)
{
    private const RecordKind Kind = RecordKind.ActionItem;

    /// <summary>
    /// Creates T-n. Sending the same <paramref name="activityId"/> again (Teams resends a turn it did
    /// not see answered) returns the item created the first time. Four requests; six on a replay.
    /// </summary>
    public async Task<ActionItem> CreateAsync(Mesa mesa, NewActionItem item, Person by, string? activityId, CancellationToken cancellationToken)
    {
        var text = RecordText.Clean(item.Text, RecordFields.ActionItemText);
        var owner = MesaRules.CleanPerson(item.Owner, RecordFields.ActionItemOwner);
        var creator = MesaRules.CleanPerson(by, RecordFields.ActionItemAuthor);
        RecordDates.EnsureNotPast(item.DueDate, mesa, time);
        if (item.AgreementNumber is < 1)
        {
            throw RecordException.Invalid(RecordErrors.AgreementNumberNotPositive);
        }

        ItemEntity? created = null;
        var result = await writer.CreateAsync(mesa, Kind, activityId, creator, number =>
        {
            created = new ItemEntity
            {
                PartitionKey = RecordKeys.MesaPartition(mesa),
                RowKey = RecordKeys.RecordRow(Kind, number),
                Number = number,
                Text = text,
                DueDate = RecordDates.Format(item.DueDate),
                Status = nameof(ItemStatus.Pendiente),
                AgreementNumber = item.AgreementNumber,
                CreatedAt = writer.Now,
                Revision = 1,
                ActivityId = activityId,
                SourceMessageUrl = RecordText.CleanLink(item.SourceMessageUrl),
            }.WithOwner(owner).WithCreator(creator);
            return [created, created.Copy(RecordKeys.OpenRow(Kind, number))];
        }, cancellationToken);

        if (result.Replayed)
        {
            var earlier = await GetAsync(mesa, result.Number, cancellationToken)
                ?? throw RecordException.NotFound(RecordErrors.RecordNotFound, new RecordRef(Kind, result.Number).ToString(), mesa.Code);
            await writer.ResyncAsync(mesa, Pending(mesa, earlier), cancellationToken);
            return earlier;
        }

        var saved = created!.ToItem();
        await writer.IndexCreatedAsync(mesa, Pending(mesa, saved)!, cancellationToken);
        return saved;
    }

    /// <summary>T-n, open or closed. One point read.</summary>
    public async Task<ActionItem?> GetAsync(Mesa mesa, int number, CancellationToken cancellationToken) =>
        (await ReadAsync(mesa, number, cancellationToken))?.ToItem();

    /// <summary>The mesa's open tareas (pendiente, en curso) by due date. One request: it reads only open rows.</summary>
    public Task<IReadOnlyList<ActionItem>> PendingAsync(Mesa mesa, CancellationToken cancellationToken) =>
        QueryAsync(mesa, RecordKeys.OpenPrefix(Kind), cancellationToken);

    /// <summary>Every tarea of the mesa, by number. One request per 1,000 tareas.</summary>
    public Task<IReadOnlyList<ActionItem>> ListAsync(Mesa mesa, CancellationToken cancellationToken) =>
        QueryAsync(mesa, RecordKeys.RecordPrefix(Kind), cancellationToken);

    /// <summary>The index view of an item: null once it is closed.</summary>
    public static PendingItem? Pending(Mesa mesa, ActionItem item) =>
        item.IsOpen
            ? new PendingItem(mesa.TenantId, mesa.Id, mesa.Code, item.Ref, item.Text, item.DueDate, item.Status, item.Owner, null, long.Parse(item.Version))
            : null;

    private async Task<ItemEntity?> ReadAsync(Mesa mesa, int number, CancellationToken cancellationToken)
    {
        var response = await writer.Table.GetEntityIfExistsAsync<ItemEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(Kind, number), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task<IReadOnlyList<ActionItem>> QueryAsync(Mesa mesa, string prefix, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var upper = RecordKeys.UpperBound(prefix);
        var items = new List<ActionItem>();
        await foreach (var e in writer.Table.QueryAsync<ItemEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}"),
            cancellationToken: cancellationToken))
        {
            items.Add(e.ToItem());
        }

        return prefix == RecordKeys.OpenPrefix(Kind) ? items.OrderBy(i => i.DueDate).ThenBy(i => i.Number).ToList() : items;
    }
}
