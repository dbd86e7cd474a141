using Azure;
using Azure.Data.Tables;
using MesaBot.Storage;

namespace MesaBot.Conversations;

/// <summary>The conversations MesaBot has been added to, one row per conversation, partitioned by tenant.</summary>
public sealed class ConversationStore(TableStorage storage, TimeProvider time)
{
    public const string TableName = "conversations";

    private TableClient Table => storage.Table(TableName);

    /// <summary>
    /// Records (or refreshes) the conversation. Returns true only for the first caller ever, so that the
    /// welcome goes out once although Teams announces an install with two events.
    /// </summary>
    public async Task<bool> RegisterAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var entity = ConversationEntity.From(reference, time.GetUtcNow());
        if (reference is { ConversationType: "personal", UserObjectId: { Length: > 0 } })
        {
            await RegisterPersonalAsync(reference, cancellationToken);
        }

        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Known already: keep the service URL current (Teams may move a conversation), keep InstalledAt.
            var refresh = new TableEntity(entity.PartitionKey, entity.RowKey)
            {
                [nameof(ConversationEntity.ServiceUrl)] = entity.ServiceUrl,
                [nameof(ConversationEntity.BotId)] = entity.BotId,
            };
            await Table.UpdateEntityAsync(refresh, ETag.All, TableUpdateMode.Merge, cancellationToken);
            return false;
        }
    }

    public async Task<ConversationReference?> FindAsync(string tenantId, string key, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<ConversationEntity>(
            TableKeys.Encode(tenantId), TableKeys.Encode(key), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToReference() : null;
    }

    /// <summary>
    /// Remembers a personal chat under the person's Entra object id too (an extra row in the tenant's
    /// partition), so reminders find a person's 1:1 chat with one point read.
    /// </summary>
    public async Task RegisterPersonalAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference.UserObjectId);
        var entity = ConversationEntity.From(reference, time.GetUtcNow());
        entity.RowKey = UserRow(reference.UserObjectId);
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The personal chat between the bot and the person with this Entra object id, if known. One point read.</summary>
    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string objectId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<ConversationEntity>(
            TableKeys.Encode(tenantId), UserRow(objectId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToReference() : null;
    }

    /// <summary>
    /// The personal chats of several people of one tenant, by object id (unknown ones left out): one query
    /// per <see cref="RowSetFilter.MaxRows"/> people instead of a point read each (a batch of reminders).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalManyAsync(string tenantId, IEnumerable<string> objectIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ConversationReference>(StringComparer.OrdinalIgnoreCase);
        var partition = TableKeys.Encode(tenantId);
        foreach (var chunk in objectIds.DistinctBy(UserRow).Chunk(RowSetFilter.MaxRows))
        {
            var people = chunk.ToDictionary(UserRow, StringComparer.Ordinal);
            await foreach (var e in Table.QueryAsync<ConversationEntity>(RowSetFilter.Of(partition, people.Keys), cancellationToken: cancellationToken))
            {
                found[people[e.RowKey]] = e.ToReference();
            }
        }

        return found;
    }

    private static string UserRow(string objectId) => "user|" + TableKeys.Encode(objectId.Trim().ToLowerInvariant());

    private sealed class ConversationEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string TenantId { get; set; } = string.Empty;
        public string ConversationId { get; set; } = string.Empty;
        public string ConversationType { get; set; } = string.Empty;
        public string ServiceUrl { get; set; } = string.Empty;
        public string? BotId { get; set; }
        public string? TeamId { get; set; }
        public string? ChannelId { get; set; }
        public DateTimeOffset? InstalledAt { get; set; }
        public string? UserObjectId { get; set; }

        public static ConversationEntity From(ConversationReference r, DateTimeOffset now) => new()
        {
            PartitionKey = TableKeys.Encode(r.TenantId),
            RowKey = TableKeys.Encode(r.Key),
            TenantId = r.TenantId,
            ConversationId = r.ConversationId,
            ConversationType = r.ConversationType,
            ServiceUrl = r.ServiceUrl,
            BotId = r.BotId,
            TeamId = r.TeamId,
            ChannelId = r.ChannelId,
            InstalledAt = now,
            UserObjectId = r.UserObjectId,
        };

        public ConversationReference ToReference() =>
            new(TenantId, ConversationId, ConversationType, ServiceUrl, BotId, TeamId, ChannelId) { UserObjectId = UserObjectId };
    }
}
