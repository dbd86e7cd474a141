using Azure.Storage.Queues.Models;

namespace MesaBot.Reminders.Delivery;

/// <summary>The Azure Storage queue that hands delivery jobs to workers on any host. The ledger, not the queue, decides what is sent.</summary>
public sealed class DeliveryQueue(ReminderStorage storage)
{
    /// <summary>Hands one job to a worker; <paramref name="queuedAs"/> is its ledger row's ETag when the caller just added it.</summary>
    public Task EnqueueAsync(DeliveryJob job, CancellationToken cancellationToken, Azure.ETag queuedAs = default) =>
        EnqueueAsync([new DeliveryMessage(job, queuedAs)], cancellationToken);

    /// <summary>Hands jobs to workers, <see cref="DeliveryMessage.PerQueueMessage"/> to a queue message, in the order given.</summary>
    public async Task EnqueueAsync(IReadOnlyList<DeliveryMessage> jobs, CancellationToken cancellationToken)
    {
        foreach (var chunk in jobs.Chunk(DeliveryMessage.PerQueueMessage))
        {
            await storage.Queue.SendMessageAsync(DeliveryMessage.ToQueueText(chunk), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken) =>
        (await storage.Queue.ReceiveMessagesAsync(max, visibility, cancellationToken)).Value;

    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
}
