using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

public sealed partial class MesaStore
{
    public Task<Mesa> RenameAsync(Mesa mesa, string name, Person by, CancellationToken cancellationToken)
    {
        var cleaned = MesaRules.CleanName(name);
        return SaveAsync(mesa, mesa with { Name = cleaned }, [new(AuditAction.Renamed, mesa.Name, cleaned)], by, cancellationToken);
    }

    /// <summary>The language of the mesa's messages and cards: "es" (the default) or "en".</summary>
    public Task<Mesa> SetLanguageAsync(Mesa mesa, string language, Person by, CancellationToken cancellationToken)
    {
        var cleaned = MesaRules.CleanLanguage(language);
        return cleaned == mesa.Language
            ? Task.FromResult(mesa)
            : SaveAsync(mesa, mesa with { Language = cleaned }, [new(AuditAction.LanguageChanged, mesa.Language, cleaned)], by, cancellationToken);
    }

    /// <summary>Lets guests of the mesa's channels log and change records (or stops them again).</summary>
    public Task<Mesa> SetGuestsMayWriteAsync(Mesa mesa, bool allowed, Person by, CancellationToken cancellationToken) =>
        allowed == mesa.GuestsMayWrite
            ? Task.FromResult(mesa)
            : SaveAsync(mesa, mesa with { GuestsMayWrite = allowed },
                [new(AuditAction.GuestsChanged, mesa.GuestsMayWrite ? "sí" : "no", allowed ? "sí" : "no")], by, cancellationToken);

    public Task<Mesa> AddCoordinatorAsync(Mesa mesa, Person coordinator, Person by, CancellationToken cancellationToken)
    {
        var person = MesaRules.CleanPerson(coordinator, RecordFields.Coordinator);
        return mesa.IsCoordinator(person.ObjectId)
            ? Task.FromResult(mesa)
            : SaveAsync(mesa, mesa with { Coordinators = [.. mesa.Coordinators, person] },
                [new(AuditAction.CoordinatorAdded, null, person.Name)], by, cancellationToken);
    }

    public Task<Mesa> RemoveCoordinatorAsync(Mesa mesa, string objectId, Person by, CancellationToken cancellationToken)
    {
        var removed = mesa.Coordinators.FirstOrDefault(c => string.Equals(c.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));
        return removed is null
            ? Task.FromResult(mesa)
            : SaveAsync(mesa, mesa with { Coordinators = mesa.Coordinators.Where(c => c != removed).ToList() },
                [new(AuditAction.CoordinatorRemoved, removed.Name, null)], by, cancellationToken);
    }

    /// <summary>
    /// Links a channel or group chat to the mesa. Refused (in Spanish, naming the other mesa) when the
    /// conversation already belongs to another mesa of the tenant.
    /// </summary>
    public async Task<Mesa> LinkConversationAsync(Mesa mesa, ConversationLink link, Person by, CancellationToken cancellationToken)
    {
        var normalized = link with { Key = ConversationLink.KeyOf(link.Key) };
        if (mesa.Conversations.Any(c => c.Key == normalized.Key))
        {
            return mesa;
        }

        if (mesa.Conversations.Count >= MaxConversations)
        {
            throw RecordException.Invalid(RecordErrors.TooManyConversations, MaxConversations);
        }

        try
        {
            return await SaveAsync(mesa, mesa with { Conversations = [.. mesa.Conversations, normalized] },
                [new(AuditAction.ConversationLinked, null, normalized.Key)], by, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var owner = await FindByConversationAsync(mesa.TenantId, normalized.Key, cancellationToken);
            throw owner is null
                ? RecordException.Invalid(RecordErrors.ConversationBeingLinked)
                : RecordException.Invalid(RecordErrors.ConversationLinkedElsewhere, owner.Name, owner.Code);
        }
    }

    public Task<Mesa> UnlinkConversationAsync(Mesa mesa, string conversationId, Person by, CancellationToken cancellationToken)
    {
        var key = ConversationLink.KeyOf(conversationId);
        return mesa.Conversations.Any(c => c.Key == key)
            ? SaveAsync(mesa, mesa with { Conversations = mesa.Conversations.Where(c => c.Key != key).ToList() },
                [new(AuditAction.ConversationUnlinked, key, null)], by, cancellationToken)
            : Task.FromResult(mesa);
    }

    /// <summary>Adds a partner only this mesa works with; the tenant-wide list lives in configuration.</summary>
    public Task<Mesa> AddPartnerAsync(Mesa mesa, Partner partner, Person by, CancellationToken cancellationToken)
    {
        var name = RecordText.CleanOptional(partner.Name, RecordFields.PartnerName, 150)
            ?? throw RecordException.Invalid(RecordErrors.PartnerNameMissing);
        var aliases = partner.Aliases.Select(a => RecordText.CleanOptional(a, RecordFields.PartnerAlias, 150)).OfType<string>().ToList();
        var directory = new PartnerDirectory([], mesa.Partners);
        return directory.Find(name) is not null
            ? Task.FromResult(mesa)
            : SaveAsync(mesa, mesa with { Partners = [.. mesa.Partners, new Partner(name, aliases)] },
                [new(AuditAction.PartnerAdded, null, name)], by, cancellationToken);
    }

    public Task<Mesa> SetRemindersAsync(Mesa mesa, ReminderSettings reminders, Person by, CancellationToken cancellationToken)
    {
        if (reminders.Hour is < 0 or > 23 || reminders.DaysBefore.Any(d => d is < 0 or > 30) || reminders.OverdueEveryBusinessDays < 1)
        {
            throw RecordException.Invalid(RecordErrors.RemindersInvalid);
        }

        var days = reminders.DaysBefore.Distinct().OrderDescending().ToList();
        return SaveAsync(mesa, mesa with { Reminders = reminders with { DaysBefore = days } },
            [new(AuditAction.RemindersChanged, Describe(mesa.Reminders), Describe(reminders))], by, cancellationToken);
    }

    /// <summary>Archives the mesa: nothing is deleted, its links stay so the bot can say it is archived.</summary>
    /// <summary>
    /// Archives the mesa, then marks its three counter rows archived in one more transaction: every create
    /// reads its counter, so a host still holding a copy from before the archive (30 s cache) is refused
    /// too, at no extra request per create. Three requests.
    /// </summary>
    public async Task<Mesa> ArchiveAsync(Mesa mesa, Person by, CancellationToken cancellationToken)
    {
        if (mesa.Archived)
        {
            return mesa;
        }

        var archived = await SaveAsync(mesa, mesa with { Archived = true }, [new(AuditAction.Archived, "activa", "archivada")], by, cancellationToken);
        var partition = RecordKeys.MesaPartition(archived);
        var counters = new PartitionBatch(partition);
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            counters.Add(TableTransactionActionType.UpsertMerge, new TableEntity(partition, RecordKeys.CounterRow(kind)) { [RecordWriter.ArchivedColumn] = true });
        }

        await counters.SubmitAsync(storage.Table(RecordKeys.RecordsTable), cancellationToken);
        return archived;
    }

    private const int MaxConversations = 90; // + mesa row, code row and audit lines stay under 100 operations

    private static string Describe(ReminderSettings r) =>
        $"días antes: {string.Join(", ", r.DaysBefore)}; hora: {r.Hour}; vencidas cada {r.OverdueEveryBusinessDays} días hábiles";

    /// <summary>
    /// Two requests: reads the mesa row to compare revisions (a copy read by conversation has its own
    /// ETag), then one transaction rewrites the row, its copies and the history line under the row's ETag.
    /// </summary>
    private async Task<Mesa> SaveAsync(Mesa before, Mesa after, IReadOnlyList<AuditChange> changes, Person by, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteAsync(before, after, changes, by, cancellationToken);
        }
        finally
        {
            // Saved, or refused because the copy was stale: either way the next lookup reads afresh.
            _byConversation.Forget(before);
        }
    }

    private async Task<Mesa> WriteAsync(Mesa before, Mesa after, IReadOnlyList<AuditChange> changes, Person by, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.TenantPartition(before.TenantId);
        var current = await Table.GetEntityIfExistsAsync<MesaEntity>(partition, RecordKeys.MesaRow(before.Id), cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            throw RecordException.NotFound(RecordErrors.MesaGone, before.Code);
        }

        if (current.Value!.Revision.ToString() != before.Version)
        {
            throw RecordException.Concurrent(RecordErrors.MesaChangedConcurrently, before.Code);
        }

        var saved = after with { Version = (current.Value.Revision + 1).ToString() };
        var batch = new PartitionBatch(partition);
        batch.Add(TableTransactionActionType.UpdateReplace, MesaEntity.From(saved, RecordKeys.MesaRow(saved.Id)), current.Value.ETag);
        batch.Add(TableTransactionActionType.UpsertReplace, MesaEntity.From(saved, RecordKeys.CodeRow(saved.Code)));
        foreach (var link in saved.Conversations)
        {
            var isNew = before.Conversations.All(c => c.Key != link.Key);
            batch.Add(isNew ? TableTransactionActionType.Add : TableTransactionActionType.UpsertReplace, MesaEntity.From(saved, RecordKeys.ConversationRow(link.Key)));
        }

        foreach (var gone in before.Conversations.Where(c => saved.Conversations.All(s => s.Key != c.Key)))
        {
            batch.Add(TableTransactionActionType.Delete, new TableEntity(partition, RecordKeys.ConversationRow(gone.Key)), ETag.All);
        }

        AuditLog.Append(batch, RecordKeys.MesaLogPrefix(saved.Id), current.Value.Revision + 1, "mesa", changes, by, time.GetUtcNow());
        try
        {
            await batch.SubmitAsync(Table, cancellationToken);
            return saved;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            throw RecordException.Concurrent(RecordErrors.MesaChangedConcurrently, before.Code, ex);
        }
    }
}
