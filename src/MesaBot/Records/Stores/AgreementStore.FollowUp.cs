using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// Marking an acuerdo for follow-up ("seguimiento A-3"): the mark is on its row, and a small copy under
/// "open|A|n" sits beside the open items' copies, so the one range query over "open|" that opening a session
/// already makes (<see cref="OpenItemStore"/>) reads the followed acuerdos too, at no extra request.
/// </summary>
public sealed partial class AgreementStore
{
    private const string CopyNumber = "Number";
    private const string CopyText = "Text";
    private const string CopyAgreedOn = "AgreedOn";
    private const string CopySession = "SessionNumber";

    /// <summary>Marks A-n for follow-up. Refused for an annulled acuerdo and the second time. Two requests: read, then record, copy and history line in one transaction.</summary>
    public Task<Agreement> FollowAsync(Mesa mesa, int number, Person by, CancellationToken cancellationToken) =>
        ChangeFollowUpAsync(mesa, number, by, follow: true, cancellationToken);

    /// <summary>Takes the mark off A-n. Refused when it carries none. Two requests, like marking it.</summary>
    public Task<Agreement> UnfollowAsync(Mesa mesa, int number, Person by, CancellationToken cancellationToken) =>
        ChangeFollowUpAsync(mesa, number, by, follow: false, cancellationToken);

    /// <summary>True for the key of a follow-up copy ("open|A|…"), which is not an open item's.</summary>
    internal static bool IsFollowUpCopy(string rowKey) => rowKey.StartsWith(RecordKeys.OpenPrefix(Kind), StringComparison.Ordinal);

    /// <summary>A follow-up copy as the agenda lists it.</summary>
    internal static FollowedAgreement FollowedFrom(TableEntity copy) => new(
        copy.GetInt32(CopyNumber) ?? 0,
        copy.GetString(CopyText) ?? string.Empty,
        RecordDates.Parse(copy.GetString(CopyAgreedOn)),
        copy.GetInt32(CopySession));

    private async Task<Agreement> ChangeFollowUpAsync(Mesa mesa, int number, Person by, bool follow, CancellationToken cancellationToken)
    {
        var actor = MesaRules.CleanPerson(by, RecordFields.AgreementEditor);
        var record = new RecordRef(Kind, number);
        var response = await writer.Table.GetEntityIfExistsAsync<AgreementEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(Kind, number), cancellationToken: cancellationToken);
        var entity = response.HasValue ? response.Value! : throw RecordException.NotFound(RecordErrors.RecordNotFound, record.ToString(), mesa.Code);
        var current = entity.ToAgreement();
        if (follow)
        {
            current.EnsureMayBeFollowed();
        }
        else
        {
            current.EnsureFollowed();
        }

        var etag = entity.ETag;
        (entity.FollowedById, entity.FollowedByName, entity.FollowedAt) = follow ? (actor.ObjectId, actor.Name, writer.Now) : ((string?)null, (string?)null, (DateTimeOffset?)null);
        entity.Revision++;
        var batch = new PartitionBatch(entity.PartitionKey);
        batch.Add(TableTransactionActionType.UpdateReplace, entity, etag);
        if (follow)
        {
            StageFollowUpCopy(batch, entity);
        }
        else
        {
            batch.Add(TableTransactionActionType.Delete, FollowUpCopyKey(entity), ETag.All);
        }

        // The revision grew: the digest's entry follows it, as after any other change.
        batch.Add(TableTransactionActionType.Add, DigestEntry.Of(entity.ToAgreement()).Delta(entity.PartitionKey, writer.Now));
        var change = new AuditChange(follow ? AuditAction.FollowUpMarked : AuditAction.FollowUpRemoved, null, null);
        await writer.SubmitChangeAsync(mesa, batch, record, entity.Revision, [change], actor, null, null, cancellationToken);
        return entity.ToAgreement();
    }

    // The copy is rewritten whenever the record changes while followed, so the agenda never shows stale wording.
    private static void StageFollowUpCopy(PartitionBatch batch, AgreementEntity entity)
    {
        if (entity.FollowedAt is null)
        {
            return;
        }

        var copy = FollowUpCopyKey(entity);
        copy[CopyNumber] = entity.Number;
        copy[CopyText] = entity.Text;
        copy[CopyAgreedOn] = entity.AgreedOn;
        copy[CopySession] = entity.SessionNumber;
        batch.Add(TableTransactionActionType.UpsertReplace, copy);
    }

    private static TableEntity FollowUpCopyKey(AgreementEntity entity) => new(entity.PartitionKey, RecordKeys.OpenRow(Kind, entity.Number));
}
