using System.Text.Json;
using Azure;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// One job as the queue carries it: the job and the ETag its ledger row got when the scheduler added it. With
/// the ETag a worker claims the row ("sending") without reading it first; when the row changed since (another
/// copy of the message, recovery), the claim fails and the worker reads the row as before.
/// </summary>
/// <remarks>
/// A queue message holds up to <see cref="PerQueueMessage"/> jobs of one planned hour (<see cref="ToQueueText"/>):
/// each queue message costs a send, a receive and a delete, and on the emulator a delete is the dearest
/// request of a delivery. Messages written by older hosts hold one job (<c>{"Job":…,"ETag":…}</c>) or the bare
/// job; <see cref="FromQueueText"/> reads all three.
/// </remarks>
public sealed record DeliveryMessage(DeliveryJob Job, ETag QueuedAs)
{
    /// <summary>Jobs per queue message: ~450 characters each, far below the queue's 64 KB.</summary>
    public const int PerQueueMessage = 16;

    public static string ToQueueText(IReadOnlyList<DeliveryMessage> jobs)
    {
        if (jobs.Count is 0 or > PerQueueMessage)
        {
            throw new ArgumentOutOfRangeException(nameof(jobs), jobs.Count, $"A queue message holds 1 to {PerQueueMessage} jobs.");
        }

        return JsonSerializer.Serialize(new Batch([.. jobs.Select(j => new Envelope(j.Job, j.QueuedAs == default ? null : j.QueuedAs.ToString()))]));
    }

    public static IReadOnlyList<DeliveryMessage> FromQueueText(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.TryGetProperty(nameof(Batch.Jobs), out var jobs))
        {
            return [.. jobs.EnumerateArray().Select(FromEnvelope)];
        }

        return root.TryGetProperty(nameof(Envelope.Job), out _)
            ? [FromEnvelope(root)]
            : [new DeliveryMessage(DeliveryJob.FromJson(text), default)];
    }

    private static DeliveryMessage FromEnvelope(JsonElement envelope)
    {
        var job = envelope.GetProperty(nameof(Envelope.Job)).Deserialize<DeliveryJob>() ?? throw new FormatException("Empty delivery job.");
        var etag = envelope.TryGetProperty(nameof(Envelope.ETag), out var e) && e.ValueKind == JsonValueKind.String
            ? new ETag(e.GetString()!)
            : default;
        return new DeliveryMessage(job, etag);
    }

    private sealed record Envelope(DeliveryJob Job, string? ETag);

    private sealed record Batch(IReadOnlyList<Envelope> Jobs);
}
