using System.Net.Mail;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// The compromisos of external partners, laid out like the tareas ("C|n" plus "open|C|n" while open).
/// The partner name is stored in the directory's spelling when the directory knows it.
/// </summary>
public sealed partial class CommitmentStore(RecordWriter writer, TenantPartners partners, TimeProvider time)
{
    private const RecordKind Kind = RecordKind.Commitment;

    /// <summary>Creates C-n; idempotent per <paramref name="activityId"/>. Four requests; six on a replay.</summary>
    public async Task<Commitment> CreateAsync(Mesa mesa, NewCommitment commitment, Person by, string? activityId, CancellationToken cancellationToken)
    {
        var partner = CleanPartner(mesa, commitment.Partner);
        var text = RecordText.Clean(commitment.Text, RecordFields.CommitmentText);
        var follower = MesaRules.CleanPerson(commitment.FollowedBy, RecordFields.CommitmentFollower);
        var creator = MesaRules.CleanPerson(by, RecordFields.CommitmentAuthor);
        var contactName = RecordText.CleanOptional(commitment.ContactName, RecordFields.ContactName);
        var contactEmail = CleanEmail(commitment.ContactEmail);
        RecordDates.EnsureNotPast(commitment.DueDate, mesa, time);

        CommitmentEntity? created = null;
        var result = await writer.CreateAsync(mesa, Kind, activityId, creator, number =>
        {
            created = new CommitmentEntity
            {
                PartitionKey = RecordKeys.MesaPartition(mesa),
                RowKey = RecordKeys.RecordRow(Kind, number),
                Number = number,
                Partner = partner,
                ContactName = contactName,
                ContactEmail = contactEmail,
                SourceMessageUrl = RecordText.CleanLink(commitment.SourceMessageUrl),
                Text = text,
                DueDate = RecordDates.Format(commitment.DueDate),
                Status = nameof(ItemStatus.Pendiente),
                CreatedById = creator.ObjectId,
                CreatedByName = creator.Name,
                CreatedAt = writer.Now,
                Revision = 1,
                ActivityId = activityId,
            };
            created.SetFollower(follower);
            return [created, created.Copy(RecordKeys.OpenRow(Kind, number))];
        }, cancellationToken);

        if (result.Replayed)
        {
            var earlier = await GetAsync(mesa, result.Number, cancellationToken)
                ?? throw RecordException.NotFound(RecordErrors.RecordNotFound, new RecordRef(Kind, result.Number).ToString(), mesa.Code);
            await writer.ResyncAsync(mesa, Pending(mesa, earlier), cancellationToken);
            return earlier;
        }

        var saved = created!.ToCommitment();
        await writer.IndexCreatedAsync(mesa, Pending(mesa, saved)!, cancellationToken);
        return saved;
    }

    /// <summary>C-n, open or closed. One point read.</summary>
    public async Task<Commitment?> GetAsync(Mesa mesa, int number, CancellationToken cancellationToken) =>
        (await ReadAsync(mesa, number, cancellationToken))?.ToCommitment();

    /// <summary>The mesa's open compromisos by due date. One request: it reads only open rows.</summary>
    public Task<IReadOnlyList<Commitment>> PendingAsync(Mesa mesa, CancellationToken cancellationToken) =>
        QueryAsync(mesa, RecordKeys.OpenPrefix(Kind), cancellationToken);

    /// <summary>Every compromiso of the mesa, by number. One request per 1,000.</summary>
    public Task<IReadOnlyList<Commitment>> ListAsync(Mesa mesa, CancellationToken cancellationToken) =>
        QueryAsync(mesa, RecordKeys.RecordPrefix(Kind), cancellationToken);

    /// <summary>The index view: the member who follows the commitment up is the one reminded. Null once closed.</summary>
    public static PendingItem? Pending(Mesa mesa, Commitment c) =>
        c.IsOpen
            ? new PendingItem(mesa.TenantId, mesa.Id, mesa.Code, c.Ref, c.Text, c.DueDate, c.Status, c.FollowedBy, c.Partner, long.Parse(c.Version))
            : null;

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

    private async Task<CommitmentEntity?> ReadAsync(Mesa mesa, int number, CancellationToken cancellationToken)
    {
        var response = await writer.Table.GetEntityIfExistsAsync<CommitmentEntity>(
            RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(Kind, number), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task<IReadOnlyList<Commitment>> QueryAsync(Mesa mesa, string prefix, CancellationToken cancellationToken)
    {
        var partition = RecordKeys.MesaPartition(mesa);
        var upper = RecordKeys.UpperBound(prefix);
        var items = new List<Commitment>();
        await foreach (var e in writer.Table.QueryAsync<CommitmentEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}"),
            cancellationToken: cancellationToken))
        {
            items.Add(e.ToCommitment());
        }

        return prefix == RecordKeys.OpenPrefix(Kind) ? items.OrderBy(i => i.DueDate).ThenBy(i => i.Number).ToList() : items;
    }
}
