using System.Globalization;
using System.Text.Json;
using MesaBot.Records;
using MesaBot.Reminders.Planning;
using MesaBot.Storage;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// One message to one recipient. <see cref="Key"/> (item, kind, local date, recipient) is its idempotency
/// key: the ledger refuses to send the same key twice. <see cref="Ref"/> is "T-3"/"C-7", or null for the
/// weekly summary and digest.
/// </summary>
public sealed record DeliveryJob(string TenantId, string MesaId, string? Ref, ReminderKind Kind, DateOnly Date, DeliveryRecipient Recipient)
{
    public string Key => $"{TableKeys.Encode(TenantId)}|{MesaId}|{Ref ?? "-"}|{Kind}|{Recipient.Id}";

    public string LocalDate => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static DeliveryJob FromJson(string json) => JsonSerializer.Deserialize<DeliveryJob>(json)
        ?? throw new FormatException("Empty delivery job.");
}

/// <summary>A person (reached in their 1:1 chat) or a linked conversation (a mesa's channel or the committee's chat).</summary>
public sealed record DeliveryRecipient(string? ObjectId, string? Name, string? TeamsUserId, string? ConversationKey)
{
    public string Id => ObjectId is not null ? "u:" + TableKeys.Encode(ObjectId.ToLowerInvariant()) : "c:" + TableKeys.Encode(ConversationKey!);

    public static DeliveryRecipient ForPerson(Person person) => new(person.ObjectId, person.Name, person.TeamsUserId, null);

    public static DeliveryRecipient ForConversation(string conversationKey) => new(null, null, null, conversationKey);
}
