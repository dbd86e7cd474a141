using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

public sealed partial class MesaStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The mesa row and its copies share this shape; lists are JSON because a mesa holds only a few of each.</summary>
    private sealed class MesaEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string TenantId { get; set; } = string.Empty;
        public string MesaId { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string Kind { get; set; } = string.Empty;
        public string Code { get; set; } = string.Empty;
        public string Coordinators { get; set; } = "[]";
        public string Conversations { get; set; } = "[]";
        public string TimeZoneId { get; set; } = Mesa.DefaultTimeZoneId;
        public string Partners { get; set; } = "[]";
        public string Reminders { get; set; } = "{}";
        public string Language { get; set; } = Mesa.DefaultLanguage;
        public bool Archived { get; set; }
        public bool GuestsMayWrite { get; set; }
        public long Revision { get; set; }

        public static MesaEntity From(Mesa mesa, string rowKey) => new()
        {
            PartitionKey = RecordKeys.TenantPartition(mesa.TenantId),
            RowKey = rowKey,
            TenantId = mesa.TenantId,
            MesaId = mesa.Id,
            Name = mesa.Name,
            Kind = mesa.Kind.ToString(),
            Code = mesa.Code,
            Coordinators = JsonSerializer.Serialize(mesa.Coordinators, Json),
            Conversations = JsonSerializer.Serialize(mesa.Conversations, Json),
            TimeZoneId = mesa.TimeZoneId,
            Partners = JsonSerializer.Serialize(mesa.Partners, Json),
            Reminders = JsonSerializer.Serialize(mesa.Reminders, Json),
            Language = mesa.Language,
            Archived = mesa.Archived,
            GuestsMayWrite = mesa.GuestsMayWrite,
            Revision = long.Parse(mesa.Version),
        };

        public Mesa ToMesa() => new(
            TenantId,
            MesaId,
            Name,
            Enum.Parse<MesaKind>(Kind),
            Code,
            JsonSerializer.Deserialize<List<Person>>(Coordinators, Json) ?? [],
            JsonSerializer.Deserialize<List<ConversationLink>>(Conversations, Json) ?? [],
            TimeZoneId,
            JsonSerializer.Deserialize<List<Partner>>(Partners, Json) ?? [],
            JsonSerializer.Deserialize<ReminderSettings>(Reminders, Json) ?? ReminderSettings.Default,
            Language,
            Archived,
            Revision.ToString()) { GuestsMayWrite = GuestsMayWrite };
    }
}
