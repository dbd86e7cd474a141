using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

public sealed partial class ActionItemStore
{
    /// <summary>The record row and its open copy share this shape.</summary>
    private sealed class ItemEntity : IItemRow
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public int Number { get; set; }
        public string Text { get; set; } = string.Empty;
        public string OwnerId { get; set; } = string.Empty;
        public string OwnerName { get; set; } = string.Empty;
        public string? OwnerTeamsId { get; set; }
        public string DueDate { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public int? AgreementNumber { get; set; }
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
        public Person Owner => new(OwnerId, OwnerName, OwnerTeamsId);

        public ItemEntity WithOwner(Person owner)
        {
            SetOwner(owner);
            return this;
        }

        public void SetOwner(Person owner) => (OwnerId, OwnerName, OwnerTeamsId) = (owner.ObjectId, owner.Name, owner.TeamsUserId);

        public ItemEntity WithCreator(Person creator)
        {
            (CreatedById, CreatedByName) = (creator.ObjectId, creator.Name);
            return this;
        }

        public void SetCompletion(Person? by, DateTimeOffset? at) => (CompletedById, CompletedByName, CompletedAt) = (by?.ObjectId, by?.Name, at);

        public ITableEntity CopyAs(string rowKey) => Copy(rowKey);

        public ItemEntity Copy(string rowKey)
        {
            var copy = (ItemEntity)MemberwiseClone();
            copy.RowKey = rowKey;
            copy.ETag = default;
            return copy;
        }

        public ActionItem ToItem() => new(
            Number,
            Text,
            Owner,
            RecordDates.Parse(DueDate),
            Enum.Parse<ItemStatus>(Status),
            AgreementNumber,
            new Person(CreatedById, CreatedByName),
            CreatedAt,
            CompletedById is null ? null : new Person(CompletedById, CompletedByName ?? CompletedById),
            CompletedAt,
            Revision.ToString()) { SourceMessageUrl = SourceMessageUrl };
    }
}
