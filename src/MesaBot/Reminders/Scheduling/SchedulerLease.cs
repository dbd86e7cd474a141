using Azure;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Scheduling;

/// <summary>
/// Leadership through an Azure Blob lease: the host holding the lease on one blob is the only scheduler.
/// The holder renews it every tick; when a holder dies its lease runs out (15–60 s) and another host takes it.
/// </summary>
public sealed partial class SchedulerLease(ReminderStorage storage, IOptions<ReminderOptions> options, ILogger<SchedulerLease> logger)
{
    private readonly string _leaseId = Guid.NewGuid().ToString();
    private bool _held;

    public bool IsHeld => _held;

    /// <summary>Renews the lease when held, else tries to take it. True when this host leads.</summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        var blob = storage.Leases.GetBlobClient(options.Value.LeaseBlob);
        var lease = blob.GetBlobLeaseClient(_leaseId);
        try
        {
            if (_held)
            {
                await lease.RenewAsync(cancellationToken: cancellationToken);
                return true;
            }

            if (!await blob.ExistsAsync(cancellationToken))
            {
                try
                {
                    await blob.UploadAsync(BinaryData.FromString("scheduler lease"), overwrite: false, cancellationToken);
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                {
                    // Another host created it first.
                }
            }

            await lease.AcquireAsync(options.Value.LeaseDuration, cancellationToken: cancellationToken);
            _held = true;
            Log.Acquired(logger, _leaseId);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            if (_held)
            {
                Log.Lost(logger, _leaseId, ex.ErrorCode);
            }

            _held = false;
            return false;
        }
    }

    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (!_held)
        {
            return;
        }

        _held = false;
        try
        {
            await storage.Leases.GetBlobClient(options.Value.LeaseBlob).GetBlobLeaseClient(_leaseId).ReleaseAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException)
        {
            // Expired or taken already: nothing to give back.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "This host is now the reminder scheduler (lease {LeaseId}).")]
        public static partial void Acquired(ILogger logger, string leaseId);

        [LoggerMessage(2, LogLevel.Warning, "Scheduler lease {LeaseId} lost ({ErrorCode}); another host schedules now.")]
        public static partial void Lost(ILogger logger, string leaseId, string? errorCode);
    }
}
