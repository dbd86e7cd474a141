using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

public sealed partial class CommitmentStore
{
    /// <summary>The record row and its open copy share this shape.</summary>
    private sealed class CommitmentEntity : IItemRow
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public int Number { get; set; }
        public string Partner { get; set; } = string.Empty;
        public string? ContactName { get; set; }
        public string? ContactEmail { get; set; }
        public string Text { get; set; } = string.Empty;
        public string DueDate { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public string FollowerId { get; set; } = string.Empty;
        public string FollowerName { get; set; } = string.Empty;
        public string? FollowerTeamsId { get; set; }
        public string CreatedById { get; set; } = string.Empty;
        public string CreatedByName { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public string? CompletedById { get; set; }
        public string? CompletedByName { get; set; }
        public DateTimeOffset? CompletedAt { get; set; }
        public long Revision { get; set; }
        public string? ActivityId { get; set; }
        public string? SourceMessageUrl { get; set; }

        [IgnoreDataMember]
        public Person FollowedBy => new(FollowerId, FollowerName, FollowerTeamsId);

        public void SetFollower(Person follower) => (FollowerId, FollowerName, FollowerTeamsId) = (follower.ObjectId, follower.Name, follower.TeamsUserId);

        public void SetCompletion(Person? by, DateTimeOffset? at) => (CompletedById, CompletedByName, CompletedAt) = (by?.ObjectId, by?.Name, at);

        public ITableEntity CopyAs(string rowKey) => Copy(rowKey);

        public CommitmentEntity Copy(string rowKey)
        {
            var copy = (CommitmentEntity)MemberwiseClone();
            copy.RowKey = rowKey;
            copy.ETag = default;
            return copy;
        }

        public Commitment ToCommitment() => new(
            Number,
            Partner,
            ContactName,
            ContactEmail,
            Text,
            RecordDates.Parse(DueDate),
            Enum.Parse<ItemStatus>(Status),
            FollowedBy,
            new Person(CreatedById, CreatedByName),
            CreatedAt,
            CompletedById is null ? null : new Person(CompletedById, CompletedByName ?? CompletedById),
            CompletedAt,
            Revision.ToString()) { SourceMessageUrl = SourceMessageUrl };
    }
}
