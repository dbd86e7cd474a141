using Azure.Storage.Queues.Models;

namespace MesaBot.Reminders.Delivery;

/// <summary>The Azure Storage queue that hands delivery jobs to workers on any host. The ledger, not the queue, decides what is sent.</summary>
public sealed class DeliveryQueue(ReminderStorage storage)
{
    /// <summary>Hands the job to a worker; <paramref name="queuedAs"/> is its ledger row's ETag when the caller just added it.</summary>
    public async Task EnqueueAsync(DeliveryJob job, CancellationToken cancellationToken, Azure.ETag queuedAs = default) =>
        await storage.Queue.SendMessageAsync(new DeliveryMessage(job, queuedAs).ToJson(), cancellationToken);

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken) =>
        (await storage.Queue.ReceiveMessagesAsync(max, visibility, cancellationToken)).Value;

    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
}
