using Microsoft.Extensions.Hosting;

namespace MesaBot.Records.Stores;

/// <summary>
/// Moves the digest entries of committed changes to the digests table as soon as they are handed over
/// (<see cref="DigestOutbox"/>), off the turn's path: a change costs its user no extra request, and a
/// burst of changes in a mesa moves in one transaction.
/// </summary>
public sealed class DigestOutboxWorker(DigestOutbox outbox) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await outbox.WaitForEntriesAsync(stoppingToken);
            await outbox.DrainAsync(stoppingToken);
        }
    }
}
