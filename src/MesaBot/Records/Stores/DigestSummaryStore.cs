using System.Runtime.InteropServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MesaBot.Dates;
using MesaBot.Storage;

namespace MesaBot.Records.Stores;

/// <summary>
/// The weekly digest's summary of every mesa of a tenant, in the digests table's partition of that tenant:
/// per mesa, "{mesa}|base" holds one small <see cref="DigestEntry"/> per record that can still count in a
/// digest (open items, items closed and acuerdos agreed or annulled since <c>ValidFrom</c>, sessions started
/// since then or whose acta awaits approval), and every change since is a "{mesa}|d|…" row that
/// <see cref="DigestOutbox"/> moved there from the change's own transaction. The digest reads them all in one
/// query, however many mesas and records the tenant has, and the emulator scans only this small table; it
/// folds a mesa's deltas onto its base when they pile up (<see cref="CompactAfter"/>). Overdue is never
/// stored: it depends on the digest's date, so the digest computes it from the entries' due dates.
/// </summary>
public sealed class DigestSummaryStore(TableStorage storage, TimeProvider time)
{
    /// <summary>The deltas a read folds onto the base (one more transaction) once there are this many.</summary>
    internal const int CompactAfter = 20;

    /// <summary>How far back the summary stays exact: a digest whose previous week starts earlier reads the records (nine weeks).</summary>
    internal const int RetainDays = 63;

    private const string ValidFromColumn = "ValidFrom";
    private const string ChunkColumn = "E";

    // The owners and authors the base's entries point to by place ([object id, name] each): see DigestEntry.WhoAt.
    private const string PeopleColumn = "P";

    // Azure caps a string column at 32 K characters: the entries are spread over E0, E1, … well under that.
    private const int ChunkChars = 30_000;

    private TableClient Table => storage.Table(RecordKeys.DigestsTable);

    /// <summary>The summaries of every mesa of the tenant that has one, by mesa id: one query (one request per 1,000 rows).</summary>
    internal async Task<IReadOnlyDictionary<string, MesaSummary>> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (TableEntity? Base, List<TableEntity> Deltas)>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {RecordKeys.TenantPartition(tenantId)}"), cancellationToken: cancellationToken))
        {
            var mesaId = e.RowKey[..e.RowKey.IndexOf('|', StringComparison.Ordinal)];
            if (!rows.TryGetValue(mesaId, out var mesa))
            {
                rows[mesaId] = mesa = (null, []);
            }

            if (e.RowKey == RecordKeys.DigestBaseRow(mesaId))
            {
                rows[mesaId] = (e, mesa.Deltas);
            }
            else
            {
                mesa.Deltas.Add(e);
            }
        }

        // Parsing the entries is the digest's largest cost (100,000 of them for 200 busy mesas) and each mesa's
        // are its own: folded side by side, one mesa per step, on every core the host has.
        var mesas = rows.ToArray();
        var folded = new MesaSummary[mesas.Length];
        Parallel.For(0, mesas.Length, i => folded[i] = Fold(mesas[i].Value.Base, mesas[i].Value.Deltas));
        return Enumerable.Range(0, mesas.Length).ToDictionary(i => mesas[i].Key, i => folded[i], StringComparer.Ordinal);
    }

    private static MesaSummary Fold(TableEntity? baseRow, List<TableEntity> deltas)
    {
        var entries = new Dictionary<(string, int), DigestEntry>();
        var people = baseRow?.GetString(PeopleColumn) is { } list ? JsonSerializer.Deserialize(list, DigestEntryJson.Default.StringArrayArray)! : [];
        foreach (var chunk in baseRow is null ? [] : Chunks(baseRow))
        {
            foreach (var line in chunk.AsSpan().EnumerateLines())
            {
                if (!line.IsEmpty)
                {
                    Keep(entries, DigestEntry.FromJson(line).WithPersonFrom(people));
                }
            }
        }

        foreach (var delta in deltas)
        {
            Keep(entries, DigestEntry.FromJson(delta.GetString(DigestEntry.EntryColumn)));
        }

        var validFrom = baseRow?.GetString(ValidFromColumn) is { } from ? RecordDates.Parse(from) : DateOnly.MaxValue;
        return new MesaSummary(baseRow is not null, validFrom, entries, baseRow?.ETag ?? default, [.. deltas.Select(d => d.RowKey)]);
    }

    // Last write wins by revision: a record's revision only grows, so the order the rows come in does not matter.
    private static void Keep(Dictionary<(string, int), DigestEntry> entries, DigestEntry entry)
    {
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, entry.Key, out _);
        if (known is null || known.Revision <= entry.Revision)
        {
            known = entry;
        }
    }

    /// <summary>
    /// The first summary of a mesa (rows from before summaries existed), from a full read of its records: the base
    /// row and, in the same transaction, the deletion of the deltas the read saw (later ones stay, and win by revision).
    /// </summary>
    internal Task RebuildAsync(Mesa mesa, MesaSummary? read, IEnumerable<Agreement> agreements, IEnumerable<OpenItem> items, IEnumerable<DigestEntry> sessions, CancellationToken cancellationToken)
    {
        var entries = agreements.Select(DigestEntry.Of)
            .Concat(items.Select(DigestEntry.Of))
            .Concat(sessions);
        return WriteBaseAsync(mesa, read, entries, mesa.Today(time).AddDays(-RetainDays), TableTransactionActionType.Add, cancellationToken);
    }

    /// <summary>Folds the deltas onto the base and drops the entries that can no longer count in a digest the summary answers.</summary>
    internal Task CompactAsync(Mesa mesa, MesaSummary read, CancellationToken cancellationToken)
    {
        var validFrom = mesa.Today(time).AddDays(-RetainDays);
        return WriteBaseAsync(mesa, read, read.Entries.Values, validFrom > read.ValidFrom ? validFrom : read.ValidFrom, TableTransactionActionType.UpdateReplace, cancellationToken);
    }

    private async Task WriteBaseAsync(Mesa mesa, MesaSummary? read, IEnumerable<DigestEntry> entries, DateOnly validFrom, TableTransactionActionType write, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.TenantPartition(mesa.TenantId);
        var from = LocalTime.ToInstant(mesa.TimeZone, validFrom, TimeOnly.MinValue).ToUnixTimeMilliseconds();
        var row = new TableEntity(partition, RecordKeys.DigestBaseRow(mesa.Id)) { [ValidFromColumn] = RecordDates.Format(validFrom) };
        var chunk = new System.Text.StringBuilder();
        var n = 0;
        var (people, places) = (new List<string[]>(), new Dictionary<(string, string), int>());
        foreach (var entry in entries.Where(e => StillCounts(e, validFrom, from)).OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Number))
        {
            var json = entry.WithPersonIn(people, places).ToJson();
            if (chunk.Length + json.Length + 1 > ChunkChars)
            {
                row[ChunkColumn + n++] = chunk.ToString();
                chunk.Clear();
            }

            chunk.Append(json).Append('\n');
        }

        row[ChunkColumn + n] = chunk.ToString();
        row[PeopleColumn] = JsonSerializer.Serialize([.. people], DigestEntryJson.Default.StringArrayArray);
        var deltas = read?.DeltaKeys ?? [];
        var batch = new PartitionBatch(partition);
        batch.Add(write, row, write == TableTransactionActionType.UpdateReplace ? read!.BaseETag : default);
        foreach (var key in deltas.Take(PartitionBatch.MaxOperations - 1))
        {
            batch.Add(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All);
        }

        try
        {
            await batch.SubmitAsync(Table, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Another host rebuilt or folded the same summary first: its base is as good, the next read folds the rest.
            return;
        }

        // The base now holds every delta read: the ones past the first transaction go too (a busy week, or a mesa
        // left out of the digest), a hundred per request, so no later digest reads them again.
        foreach (var hundred in deltas.Skip(PartitionBatch.MaxOperations - 1).Chunk(PartitionBatch.MaxOperations))
        {
            var deletes = new PartitionBatch(partition);
            foreach (var key in hundred)
            {
                deletes.Add(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All);
            }

            try
            {
                await deletes.SubmitAsync(Table, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404)
            {
                // One was gone already: the rest of this hundred stay until the next fold, which the base makes harmless.
            }
        }
    }

    // Whether an entry can still count in a digest whose previous week starts on or after validFrom.
    private static bool StillCounts(DigestEntry e, DateOnly validFrom, long fromMs) => e.Kind switch
    {
        "A" => RecordDates.Parse(e.Date!) >= validFrom || e.AnnulledAt >= fromMs,
        DigestEntry.Session => e.At >= fromMs || e.AwaitingApproval == true,
        _ => e.ClosedAt is null || e.ClosedAt >= fromMs,
    };

    private static IEnumerable<string> Chunks(TableEntity row)
    {
        for (var i = 0; row.GetString(ChunkColumn + i) is { } chunk; i++)
        {
            yield return chunk;
        }
    }
}

/// <summary>A mesa's summary as read: the folded entries, exact for digests whose previous week starts on or after <see cref="ValidFrom"/>.</summary>
internal sealed record MesaSummary(
    bool HasBase,
    DateOnly ValidFrom,
    IReadOnlyDictionary<(string Kind, int Number), DigestEntry> Entries,
    ETag BaseETag,
    IReadOnlyList<string> DeltaKeys)
{
    public IReadOnlyList<Agreement> Agreements => [.. Of("A").Select(e => e.ToAgreement())];

    public IReadOnlyList<OpenItem> Items(RecordKind kind) => [.. Of(RecordRef.LetterOf(kind).ToString()).Select(e => e.ToItem())];

    public IReadOnlyList<(int Number, DateTimeOffset StartedAt)> SessionStarts =>
        [.. Of(DigestEntry.Session).Select(e => (e.Number, DateTimeOffset.FromUnixTimeMilliseconds(e.At ?? 0)))];

    public IReadOnlyList<int> AwaitingApproval => [.. Of(DigestEntry.Session).Where(e => e.AwaitingApproval == true).Select(e => e.Number)];

    // In number order, as the records are listed: the digest's lists and ties keep that order.
    private IEnumerable<DigestEntry> Of(string kind) => Entries.Values.Where(e => e.Kind == kind).OrderBy(e => e.Number);
}
