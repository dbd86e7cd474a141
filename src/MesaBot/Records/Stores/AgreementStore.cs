using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// The acuerdos of each mesa under "A|n" in the mesa's partition. They have no owner or due date, so no index.
/// One marked for follow-up also has a copy under "open|A|n" (AgreementStore.FollowUp.cs).
/// </summary>
public sealed partial class AgreementStore(RecordWriter writer)
{
    private const RecordKind Kind = RecordKind.Agreement;

    /// <summary>Records A-n; idempotent per <paramref name="activityId"/>. Two requests; three on a replay.</summary>
    public async Task<Agreement> CreateAsync(Mesa mesa, NewAgreement agreement, Person by, string? activityId, CancellationToken cancellationToken)
    {
        var text = RecordText.Clean(agreement.Text, RecordFields.AgreementText);
        var session = RecordText.CleanOptional(agreement.Session, RecordFields.Session);
        var source = RecordText.CleanLink(agreement.SourceMessageUrl);
        var author = MesaRules.CleanPerson(by, RecordFields.AgreementAuthor);
        AgreementEntity? created = null;
        var result = await writer.CreateAsync(mesa, Kind, activityId, author, (number, sessionNumber) =>
        {
            created = new AgreementEntity
            {
                PartitionKey = RecordKeys.MesaPartition(mesa),
                RowKey = RecordKeys.RecordRow(Kind, number),
                Number = number,
                Text = text,
                AgreedOn = RecordDates.Format(agreement.AgreedOn),
                Session = session,
                SessionNumber = sessionNumber,
                AuthorId = author.ObjectId,
                AuthorName = author.Name,
                SourceMessageUrl = source,
                CreatedAt = writer.Now,
                Revision = 1,
                ActivityId = activityId,
            };
            // The digest's summary entry rides in the create's transaction (DigestSummaryStore).
            return [created, DigestEntry.Of(created.ToAgreement()).Delta(created.PartitionKey, writer.Now)];
        }, cancellationToken, agreement.ForSession);

        return result.Replayed
            ? await GetAsync(mesa, result.Number, cancellationToken) ?? throw RecordException.NotFound(RecordErrors.RecordNotFound, new RecordRef(RecordKind.Agreement, result.Number).ToString(), mesa.Code)
            : created!.ToAgreement();
    }

    /// <summary>One point read.</summary>
    public async Task<Agreement?> GetAsync(Mesa mesa, int number, CancellationToken cancellationToken)
    {
        var response = await writer.Table.GetEntityIfExistsAsync<AgreementEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(Kind, number), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToAgreement() : null;
    }

    /// <summary>The mesa's acuerdos by number. One request per 1,000.</summary>
    public async Task<IReadOnlyList<Agreement>> ListAsync(Mesa mesa, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var prefix = RecordKeys.RecordPrefix(Kind);
        var upper = RecordKeys.UpperBound(prefix);
        var agreements = new List<Agreement>();
        await foreach (var e in writer.Table.QueryAsync<AgreementEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}"),
            cancellationToken: cancellationToken))
        {
            agreements.Add(e.ToAgreement());
        }

        return agreements;
    }

    /// <summary>Acuerdos <paramref name="first"/>..<paramref name="last"/> (to the end when null): a session's, which are numbered in a row. One request.</summary>
    internal async Task<IReadOnlyList<Agreement>> RangeAsync(Mesa mesa, int first, int? last, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var from = RecordKeys.RecordRow(Kind, first);
        var to = last is { } end ? RecordKeys.RecordRow(Kind, end) : RecordKeys.RecordRow(Kind, 9_999_999);
        var agreements = new List<Agreement>();
        await foreach (var e in writer.Table.QueryAsync<AgreementEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey le {to}"),
            cancellationToken: cancellationToken))
        {
            agreements.Add(e.ToAgreement());
        }

        return agreements;
    }

    /// <summary>Corrects the wording; an annulled acuerdo is refused. Two requests: read, then record and history line in one transaction.</summary>
    public async Task<Agreement> EditTextAsync(Mesa mesa, int number, string text, Person by, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cleaned = RecordText.Clean(text, RecordFields.AgreementText);
        var actor = MesaRules.CleanPerson(by, RecordFields.AgreementEditor);
        var record = new RecordRef(Kind, number);
        var response = await writer.Table.GetEntityIfExistsAsync<AgreementEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(Kind, number), cancellationToken: cancellationToken);
        var entity = response.HasValue ? response.Value! : throw RecordException.NotFound(RecordErrors.RecordNotFound, record.ToString(), mesa.Code);
        RecordWriter.CheckVersion(entity.Revision, expectedVersion, record);
        entity.ToAgreement().EnsureEditable();
        if (entity.Text == cleaned)
        {
            return entity.ToAgreement();
        }

        var old = entity.Text;
        var etag = entity.ETag;
        entity.Text = cleaned;
        entity.Revision++;
        var batch = new PartitionBatch(entity.PartitionKey);
        batch.Add(TableTransactionActionType.UpdateReplace, entity, etag);
        StageFollowUpCopy(batch, entity);
        batch.Add(TableTransactionActionType.Add, DigestEntry.Of(entity.ToAgreement()).Delta(entity.PartitionKey, writer.Now));
        await writer.SubmitChangeAsync(mesa, batch, record, entity.Revision, [new AuditChange(AuditAction.TextChanged, old, cleaned)], actor, null, null, cancellationToken);
        return entity.ToAgreement();
    }

    /// <summary>
    /// Annuls A-n with a reason: the acuerdo stays, marked, and the history says who and why. Refused the
    /// second time and for anyone but its author or a coordinator. Two requests, like an edit.
    /// </summary>
    public async Task<Agreement> AnnulAsync(Mesa mesa, int number, string reason, Person by, CancellationToken cancellationToken)
    {
        var cleaned = RecordText.Clean(reason, RecordFields.AnnulReason);
        var actor = MesaRules.CleanPerson(by, RecordFields.AgreementEditor);
        var record = new RecordRef(Kind, number);
        var response = await writer.Table.GetEntityIfExistsAsync<AgreementEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(Kind, number), cancellationToken: cancellationToken);
        var entity = response.HasValue ? response.Value! : throw RecordException.NotFound(RecordErrors.RecordNotFound, record.ToString(), mesa.Code);
        entity.ToAgreement().EnsureMayBeAnnulledBy(actor, mesa);

        var etag = entity.ETag;
        // An annulled acuerdo has nothing left to follow: its mark ends with it, on the record's history too.
        var wasFollowed = entity.FollowedAt is not null;
        List<AuditChange> changes = [new AuditChange(AuditAction.Annulled, null, cleaned)];
        if (wasFollowed)
        {
            changes.Add(new AuditChange(AuditAction.FollowUpRemoved, null, null));
        }

        entity.AnnulledReason = cleaned;
        entity.AnnulledById = actor.ObjectId;
        entity.AnnulledByName = actor.Name;
        entity.AnnulledAt = writer.Now;
        (entity.FollowedById, entity.FollowedByName, entity.FollowedAt) = (null, null, null);
        entity.Revision++;
        var batch = new PartitionBatch(entity.PartitionKey);
        batch.Add(TableTransactionActionType.UpdateReplace, entity, etag);
        if (wasFollowed)
        {
            batch.Add(TableTransactionActionType.Delete, FollowUpCopyKey(entity), ETag.All);
        }

        batch.Add(TableTransactionActionType.Add, DigestEntry.Of(entity.ToAgreement()).Delta(entity.PartitionKey, writer.Now));
        await writer.SubmitChangeAsync(mesa, batch, record, entity.Revision, changes, actor, null, null, cancellationToken);
        return entity.ToAgreement();
    }


    private sealed class AgreementEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public int Number { get; set; }
        public string Text { get; set; } = string.Empty;
        public string AgreedOn { get; set; } = string.Empty;
        public string? Session { get; set; }

        // The numbered session it was logged in (Records/Sessions); rows from before sessions have none.
        public int? SessionNumber { get; set; }
        public string AuthorId { get; set; } = string.Empty;
        public string AuthorName { get; set; } = string.Empty;
        public string? SourceMessageUrl { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public long Revision { get; set; }
        public string? ActivityId { get; set; }

        // Set once, when the acuerdo is annulled; rows written before annulments existed have none.
        public string? AnnulledReason { get; set; }
        public string? AnnulledById { get; set; }
        public string? AnnulledByName { get; set; }
        public DateTimeOffset? AnnulledAt { get; set; }

        // Set while it is marked for follow-up (its "open|A|n" copy exists); cleared when the mark is taken off.
        public string? FollowedById { get; set; }
        public string? FollowedByName { get; set; }
        public DateTimeOffset? FollowedAt { get; set; }

        public Agreement ToAgreement() => new(
            Number, Text, RecordDates.Parse(AgreedOn), Session, new Person(AuthorId, AuthorName), SourceMessageUrl, CreatedAt, Revision.ToString())
        {
            SessionNumber = SessionNumber,
            Annulment = AnnulledReason is { } reason && AnnulledAt is { } at
                ? new AgreementAnnulment(reason, new Person(AnnulledById ?? string.Empty, AnnulledByName ?? string.Empty), at)
                : null,
            FollowUp = FollowedAt is { } followedAt ? new AgreementFollowUp(new Person(FollowedById ?? string.Empty, FollowedByName ?? string.Empty), followedAt) : null,
        };
    }
}
