using System.Net.Mail;
using Azure.Data.Tables;
using MesaBot.Storage;

namespace MesaBot.Records.Stores;

/// <summary>
/// The tareas and compromisos of each mesa, in the mesa's partition: the record under "T|n" or "C|n" and,
/// while open, an identical copy under "open|T|n" / "open|C|n", so "pendientes" reads only open items in
/// one request. Both rows change in one transaction under the record's ETag. Counts per call are in
/// docs/storage.md. A compromiso's partner is stored in the directory's spelling when the directory knows it.
/// </summary>
public sealed partial class OpenItemStore(RecordWriter writer, TenantPartners partners, TimeProvider time)
{
    /// <summary>
    /// Creates T-n. Sending the same <paramref name="activityId"/> again (Teams resends a turn it did
    /// not see answered) returns the item created the first time. Five requests; six on a replay.
    /// </summary>
    public Task<OpenItem> CreateTaskAsync(Mesa mesa, NewActionItem item, Person by, string? activityId, CancellationToken cancellationToken)
    {
        var columns = new NewItemColumns(
            RecordText.Clean(item.Text, RecordFields.ActionItemText),
            MesaRules.CleanPerson(item.Owner, RecordFields.ActionItemOwner),
            item.DueDate)
        {
            AgreementNumber = item.AgreementNumber is < 1 ? throw RecordException.Invalid(RecordErrors.AgreementNumberNotPositive) : item.AgreementNumber,
            SourceMessageUrl = RecordText.CleanLink(item.SourceMessageUrl),
            DueTime = item.DueTime,
            ForSession = item.ForSession,
        };
        return CreateAsync(mesa, RecordKind.ActionItem, columns, MesaRules.CleanPerson(by, RecordFields.ActionItemAuthor), activityId, cancellationToken, item.OverdueConfirmed);
    }

    /// <summary>Creates C-n; idempotent per <paramref name="activityId"/>. Five requests; six on a replay.</summary>
    public Task<OpenItem> CreateCommitmentAsync(Mesa mesa, NewCommitment commitment, Person by, string? activityId, CancellationToken cancellationToken)
    {
        var partner = CleanPartner(mesa, commitment.Partner);
        var columns = new NewItemColumns(
            RecordText.Clean(commitment.Text, RecordFields.CommitmentText),
            MesaRules.CleanPerson(commitment.FollowedBy, RecordFields.CommitmentFollower),
            commitment.DueDate)
        {
            Partner = partner,
            ContactName = RecordText.CleanOptional(commitment.ContactName, RecordFields.ContactName),
            ContactEmail = CleanEmail(commitment.ContactEmail),
            SourceMessageUrl = RecordText.CleanLink(commitment.SourceMessageUrl),
            DueTime = commitment.DueTime,
            ForSession = commitment.ForSession,
        };
        return CreateAsync(mesa, RecordKind.Commitment, columns, MesaRules.CleanPerson(by, RecordFields.CommitmentAuthor), activityId, cancellationToken, commitment.OverdueConfirmed);
    }

    /// <summary>T-n or C-n, open or closed; null for anything else. One point read.</summary>
    public async Task<OpenItem?> GetAsync(Mesa mesa, RecordRef record, CancellationToken cancellationToken) =>
        IsItem(record.Kind) ? (await ReadAsync(mesa, record, cancellationToken))?.ToItem() : null;

    /// <summary>
    /// Several T-n / C-n of one mesa, open or closed (missing ones left out): one query per
    /// <see cref="RowSetFilter.MaxRows"/> references instead of a point read each (a batch of reminders).
    /// </summary>
    public async Task<IReadOnlyList<OpenItem>> GetManyAsync(Mesa mesa, IEnumerable<RecordRef> records, CancellationToken cancellationToken)
    {
        var found = new List<OpenItem>();
        var partition = RecordKeys.MesaPartition(mesa);
        foreach (var chunk in records.Where(r => IsItem(r.Kind)).DistinctBy(r => (r.Kind, r.Number)).Chunk(RowSetFilter.MaxRows))
        {
            var rows = chunk.Select(r => RecordKeys.RecordRow(r.Kind, r.Number)).ToList();
            await foreach (var e in writer.Table.QueryAsync<TableEntity>(RowSetFilter.Of(partition, rows), cancellationToken: cancellationToken))
            {
                found.Add(ItemRow.From(e).ToItem());
            }
        }

        return found;
    }

    /// <summary>The mesa's open items of one kind (pendiente, en curso) by due date. One request: it reads only open rows.</summary>
    public async Task<IReadOnlyList<OpenItem>> PendingAsync(Mesa mesa, RecordKind kind, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(mesa, RecordKeys.OpenPrefix(kind), cancellationToken)).OrderBy(i => i.DueDate).ThenBy(i => i.Number)];

    /// <summary>Every item of one kind, by number. One request per 1,000.</summary>
    public Task<IReadOnlyList<OpenItem>> ListAsync(Mesa mesa, RecordKind kind, CancellationToken cancellationToken) =>
        QueryAsync(mesa, RecordKeys.RecordPrefix(kind), cancellationToken);

    /// <summary>
    /// The open tareas and compromisos together ("open|T|…" and "open|C|…"), each by due date, and the acuerdos
    /// marked for follow-up, whose copies ("open|A|…") the same range holds. One request.
    /// </summary>
    internal async Task<OpenItems> OpenAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var open = new List<OpenItem>();
        var followed = new List<FollowedAgreement>();
        await foreach (var e in RowsAsync(mesa, "open|", select: null, cancellationToken))
        {
            if (AgreementStore.IsFollowUpCopy(e.RowKey))
            {
                followed.Add(AgreementStore.FollowedFrom(e));
            }
            else
            {
                open.Add(ItemRow.From(e).ToItem());
            }
        }

        var byDue = open.OrderBy(i => i.DueDate).ThenBy(i => i.Number).ToList();
        return new OpenItems([.. byDue.Where(i => !i.IsCommitment)], [.. byDue.Where(i => i.IsCommitment)]) { Followed = followed };
    }

    /// <summary>
    /// The open tareas and compromisos as a list shows them, by due date and number: the same one range query as
    /// <see cref="OpenAsync"/>, reading only <see cref="ItemRow.ListColumns"/>.
    /// </summary>
    internal async Task<IReadOnlyList<PendingItem>> OpenListAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var items = new List<PendingItem>();
        // A selected entity carries no PartitionKey; the row only needs its RowKey for the kind. The range
        // starts at "open|C|": the followed acuerdos' copies ("open|A|…") sort before it, so the hot list
        // query never reads them (a list of pending items has no place for them).
        var partition = RecordKeys.MesaPartition(mesa);
        var from = RecordKeys.OpenPrefix(RecordKind.Commitment);
        var to = RecordKeys.UpperBound("open|");
        await foreach (var e in writer.Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}"),
            select: ItemRow.ListColumns,
            cancellationToken: cancellationToken))
        {
            items.Add(ItemRow.From(e).ToPending(mesa));
        }

        return [.. items.OrderBy(i => i.DueDate).ThenBy(i => i.Ref.Number)];
    }

    /// <summary>Items <paramref name="first"/>..<paramref name="last"/> of one kind (to the end when null): a session's, numbered in a row. One request.</summary>
    internal async Task<IReadOnlyList<OpenItem>> RangeAsync(Mesa mesa, RecordKind kind, int first, int? last, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var from = RecordKeys.RecordRow(kind, first);
        var to = RecordKeys.RecordRow(kind, last ?? 9_999_999);
        var items = new List<OpenItem>();
        await foreach (var e in writer.Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey le {to}"),
            cancellationToken: cancellationToken))
        {
            items.Add(ItemRow.From(e).ToItem());
        }

        return items;
    }

    private static bool IsItem(RecordKind kind) => kind is RecordKind.ActionItem or RecordKind.Commitment;

    private async Task<OpenItem> CreateAsync(Mesa mesa, RecordKind kind, NewItemColumns item, Person creator, string? activityId, CancellationToken cancellationToken, bool overdueConfirmed = false)
    {
        RecordDates.EnsureNotPast(item.DueDate, mesa, time, overdueConfirmed);
        ItemRow? created = null;
        string? marker = null;
        var result = await writer.CreateAsync(mesa, kind, activityId, creator, (number, session) =>
        {
            created = ItemRow.New(mesa, kind, number, item, creator, writer.Now, activityId, session);
            var sync = PendingIndex.Marker(RecordKeys.MesaPartition(mesa), new RecordRef(kind, number), [], writer.Now);
            marker = sync.RowKey;
            // The digest's summary entry rides in the create's transaction (DigestSummaryStore).
            return [created.Record(), created.OpenCopy(), sync, DigestEntry.Of(created.ToItem()).Delta(RecordKeys.MesaPartition(mesa), writer.Now)];
        }, cancellationToken, item.ForSession);

        if (result.Replayed)
        {
            var record = new RecordRef(kind, result.Number);
            var earlier = await GetAsync(mesa, record, cancellationToken)
                ?? throw RecordException.NotFound(RecordErrors.RecordNotFound, record.ToString(), mesa.Code);
            // A marker the first attempt left, if it died before the index, waits for the sweep: harmless.
            await writer.ResyncAsync(mesa, earlier.Pending(mesa), marker: null, cancellationToken);
            return earlier;
        }

        var saved = created!.ToItem();
        await writer.ResyncAsync(mesa, saved.Pending(mesa), marker, cancellationToken);
        return saved;
    }

    private string CleanPartner(Mesa mesa, string? name)
    {
        var cleaned = RecordText.CleanOptional(name, RecordFields.PartnerName, 150)
            ?? throw RecordException.Invalid(RecordErrors.CommitmentPartnerMissing);
        return partners.For(mesa).Find(cleaned)?.Name ?? cleaned;
    }

    private static string? CleanEmail(string? email)
    {
        var cleaned = RecordText.CleanOptional(email, RecordFields.ContactEmail, 254);
        return cleaned is null || (MailAddress.TryCreate(cleaned, out var parsed) && parsed.Address == cleaned)
            ? cleaned
            : throw RecordException.Invalid(RecordErrors.ContactEmailInvalid, cleaned);
    }

    private async Task<ItemRow?> ReadAsync(Mesa mesa, RecordRef record, CancellationToken cancellationToken)
    {
        var response = await writer.Table.GetEntityIfExistsAsync<TableEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(record.Kind, record.Number), cancellationToken: cancellationToken);
        return response.HasValue ? ItemRow.From(response.Value!) : null;
    }

    private async Task<IReadOnlyList<OpenItem>> QueryAsync(Mesa mesa, string prefix, CancellationToken cancellationToken)
    {
        var items = new List<OpenItem>();
        await foreach (var e in RowsAsync(mesa, prefix, select: null, cancellationToken))
        {
            items.Add(ItemRow.From(e).ToItem());
        }

        return items;
    }

    // The mesa's rows whose keys start with prefix: one range query in its partition.
    private IAsyncEnumerable<TableEntity> RowsAsync(Mesa mesa, string prefix, IEnumerable<string>? select, CancellationToken cancellationToken) =>
        writer.Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {RecordKeys.MesaPartition(mesa)} and RowKey ge {prefix} and RowKey lt {RecordKeys.UpperBound(prefix)}"),
            select: select,
            cancellationToken: cancellationToken);
}

/// <summary>A mesa's open items, tareas and compromisos apart, each by due date; and the acuerdos marked for follow-up, by number.</summary>
public sealed record OpenItems(IReadOnlyList<OpenItem> ActionItems, IReadOnlyList<OpenItem> Commitments)
{
    public IReadOnlyList<FollowedAgreement> Followed { get; init; } = [];
}
