using System.Text.Json;
using Azure;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// What the queue carries: the job and the ETag its ledger row got when the scheduler added it. With the
/// ETag a worker claims the row ("sending") without reading it first; when the row changed since (another
/// copy of the message, recovery), the claim fails and the worker reads the row as before. Messages written
/// by an older host hold the bare job and take that reading path.
/// </summary>
public sealed record DeliveryMessage(DeliveryJob Job, ETag QueuedAs)
{
    public string ToJson() => JsonSerializer.Serialize(new Envelope(Job, QueuedAs == default ? null : QueuedAs.ToString()));

    public static DeliveryMessage FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty(nameof(Envelope.Job), out var job))
        {
            return new DeliveryMessage(DeliveryJob.FromJson(json), default);
        }

        var etag = document.RootElement.TryGetProperty(nameof(Envelope.ETag), out var e) && e.ValueKind == JsonValueKind.String
            ? new ETag(e.GetString()!)
            : default;
        return new DeliveryMessage(job.Deserialize<DeliveryJob>() ?? throw new FormatException("Empty delivery job."), etag);
    }

    private sealed record Envelope(DeliveryJob Job, string? ETag);
}
