using MesaBot.Conversations;
using MesaBot.Records.Stores;

namespace MesaBot.Reminders.Delivery;

/// <summary>Starts the reads of one batch of deliveries (a singleton; each batch gets its own <see cref="DeliveryReads"/>).</summary>
public sealed class DeliveryReadSource(MesaStore mesas, OpenItemStore items, ConversationStore conversations)
{
    public DeliveryReads NewBatch() => new(mesas, items, conversations);
}
