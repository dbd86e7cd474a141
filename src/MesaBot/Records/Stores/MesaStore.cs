using Azure;
using Azure.Data.Tables;
using MesaBot.Storage;

namespace MesaBot.Records.Stores;

/// <summary>
/// The mesas of each tenant, all in one partition per tenant. Besides the mesa row, the partition
/// holds an identical copy under its code and under each linked conversation, so that every lookup
/// the chat needs (by id, by code, by conversation) is one point read. Copies change only in the same
/// transaction as the mesa row, which is guarded by its ETag: they cannot drift apart. A mesa's
/// <see cref="Mesa.Version"/> is its revision number, the same in every copy.
/// </summary>
public sealed partial class MesaStore(TableStorage storage, TimeProvider time)
{
    private readonly MesaLookupCache _byConversation = new(time);

    private TableClient Table => storage.Table(RecordKeys.MesasTable);

    /// <summary>Opens a mesa. One request. The code must be free in the tenant.</summary>
    public async Task<Mesa> CreateAsync(string tenantId, NewMesa request, Person by, CancellationToken cancellationToken)
    {
        var mesa = new Mesa(
            tenantId,
            MesaRules.CleanId(request.Id),
            MesaRules.CleanName(request.Name),
            request.Kind,
            MesaRules.CleanCode(request.Code),
            request.Coordinators.Select(c => MesaRules.CleanPerson(c, RecordFields.Coordinator)).ToList(),
            [],
            MesaRules.CleanTimeZone(request.TimeZoneId),
            [],
            ReminderSettings.Default,
            request.Language,
            false,
            "1");
        var batch = new PartitionBatch(RecordKeys.TenantPartition(tenantId));
        batch.Add(TableTransactionActionType.Add, MesaEntity.From(mesa, RecordKeys.MesaRow(mesa.Id)));
        var code = batch.Add(TableTransactionActionType.Add, MesaEntity.From(mesa, RecordKeys.CodeRow(mesa.Code)));
        AuditLog.Append(batch, RecordKeys.MesaLogPrefix(mesa.Id), 1, "mesa", [new AuditChange(AuditAction.Created, null, $"{mesa.Name} ({mesa.Code})")], by, time.GetUtcNow());
        try
        {
            await batch.SubmitAsync(Table, cancellationToken);
            return mesa;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            throw ex.FailedTransactionActionIndex == code
                ? RecordException.Invalid(RecordErrors.MesaCodeTaken, mesa.Code)
                : RecordException.Invalid(RecordErrors.MesaIdTaken, mesa.Id);
        }
    }

    /// <summary>One point read.</summary>
    public Task<Mesa?> GetAsync(string tenantId, string mesaId, CancellationToken cancellationToken) =>
        ReadAsync(tenantId, RecordKeys.MesaRow(mesaId), cancellationToken);

    /// <summary>"RES" → Resiliencia. One point read; case-insensitive.</summary>
    public Task<Mesa?> FindByCodeAsync(string tenantId, string code, CancellationToken cancellationToken) =>
        ReadAsync(tenantId, RecordKeys.CodeRow(code.Trim()), cancellationToken);

    /// <summary>
    /// The mesa a conversation belongs to, from any conversation id: a channel thread
    /// ("…;messageid=…") resolves through its channel. One point read, or none when this host read it in
    /// the last 30 seconds (<see cref="MesaLookupCache"/>); turns that miss together share one read, which
    /// a caller's cancellation does not stop (it is one short request, and the others wait on it).
    /// </summary>
    public async Task<Mesa?> FindByConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationLink.KeyOf(conversationId);
        return await _byConversation.GetOrReadAsync(tenantId, key, () => ReadAsync(tenantId, RecordKeys.ConversationRow(key), CancellationToken.None), cancellationToken);
    }

    /// <summary>Every mesa of the tenant, archived ones last. One request (one partition, under 1,000 rows).</summary>
    public async Task<IReadOnlyList<Mesa>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.TenantPartition(tenantId);
        var upper = RecordKeys.UpperBound(RecordKeys.MesaPrefix);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {RecordKeys.MesaPrefix} and RowKey lt {upper}");
        var mesas = new List<Mesa>();
        await foreach (var entity in Table.QueryAsync<MesaEntity>(filter, cancellationToken: cancellationToken))
        {
            mesas.Add(entity.ToMesa());
        }

        return mesas.OrderBy(m => m.Archived).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>
    /// Every mesa of every tenant, for background passes (the index sweep). One query over the mesas table,
    /// which holds a few small rows per mesa, across its partitions.
    /// </summary>
    public async Task<IReadOnlyList<Mesa>> ListEveryTenantAsync(CancellationToken cancellationToken)
    {
        var upper = RecordKeys.UpperBound(RecordKeys.MesaPrefix);
        var mesas = new List<Mesa>();
        await foreach (var entity in Table.QueryAsync<MesaEntity>(TableClient.CreateQueryFilter($"RowKey ge {RecordKeys.MesaPrefix} and RowKey lt {upper}"), cancellationToken: cancellationToken))
        {
            mesas.Add(entity.ToMesa());
        }

        return mesas;
    }

    private async Task<Mesa?> ReadAsync(string tenantId, string rowKey, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<MesaEntity>(RecordKeys.TenantPartition(tenantId), rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToMesa() : null;
    }
}
