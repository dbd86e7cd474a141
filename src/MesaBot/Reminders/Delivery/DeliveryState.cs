namespace MesaBot.Reminders.Delivery;

/// <summary>Where a delivery stands in the ledger. Sent, Failed, Unreachable and Skipped are final.</summary>
public enum DeliveryState
{
    Queued,
    Sending,
    Sent,
    Failed,
    Unreachable,

    /// <summary>The record changed (closed, due date moved, reassigned) before the reminder went out.</summary>
    Skipped,
}

/// <summary>A delivery as the ledger holds it, with the ETag that guards the next change.</summary>
public sealed record DeliveryRecord(DeliveryJob Job, DeliveryState State, int Attempts, DateTimeOffset UpdatedAt, DateTimeOffset? NextAttemptAt, string? LastError, Azure.ETag ETag);
