using Azure.Storage.Queues.Models;

namespace MesaBot.Reminders.Delivery;

/// <summary>The Azure Storage queue that hands delivery jobs to workers on any host. The ledger, not the queue, decides what is sent.</summary>
public sealed class DeliveryQueue(ReminderStorage storage)
{
    public async Task EnqueueAsync(DeliveryJob job, CancellationToken cancellationToken) =>
        await storage.Queue.SendMessageAsync(job.ToJson(), cancellationToken);

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken) =>
        (await storage.Queue.ReceiveMessagesAsync(max, visibility, cancellationToken)).Value;

    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
}
