using MesaBot.Graph;
using MesaBot.Reminders.Digest;
using System.Net;
using Azure;
using MesaBot.Protocol.Connector;
using MesaBot.Reminders.Planning;
using MesaBot.Telemetry;
using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Delivers jobs: marks the ledger row "sending" (under its ETag: one winner among hosts and duplicate
/// messages), builds the card from fresh records, waits for the pacer, sends, marks "sent". A transient
/// failure goes back to "queued" with a later attempt; after MaxAttempts it is "failed" (shown in the weekly
/// summary). A row left "sending" by a host that died is resent by <see cref="RecoverAsync"/> and logged:
/// the Connector has no idempotency key, so those few in-doubt sends are the only possible duplicates.
/// </summary>
public sealed partial class DeliveryWorker(
    DeliveryLedger ledger,
    DeliveryQueue queue,
    ReminderMessageBuilder messages,
    RecipientResolver recipients,
    DeliveryReadSource reads,
    DeliveryPacer pacer,
    IConnectorClient connector,
    DigestMailer digestMail,
    IMailSender mail,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<DeliveryWorker> logger,
    MesaMetrics? metrics = null)
{
    // Queue messages per receive: up to 4 × 16 jobs (DeliveryMessage.PerQueueMessage), a few seconds of sends.
    private const int ReceiveMessages = 4;

    /// <summary>Test seam: runs after the row is marked sending and before the Connector call (a host dying there).</summary>
    internal Func<DeliveryJob, bool>? AbandonAfterMarking { get; set; }

    /// <summary>Receives and delivers queued jobs until the queue is empty. Returns the jobs handled (those not abandoned).</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        while (true)
        {
            var batch = await queue.ReceiveAsync(ReceiveMessages, options.Value.QueueVisibility, cancellationToken);
            if (batch.Count == 0)
            {
                return handled;
            }

            var jobs = batch.SelectMany((message, m) => DeliveryMessage.FromQueueText(message.MessageText).Select(job => (Message: m, Job: job))).ToList();
            var batchReads = reads.NewBatch();
            await batchReads.PrefetchAsync([.. jobs.Select(j => j.Job.Job)], cancellationToken);
            var claimed = await ledger.TryClaimQueuedAsync([.. jobs.Select(j => j.Job)], time.GetUtcNow(), cancellationToken);
            // A queue message is deleted when its last job is done, unless a job was abandoned (a "dead" host).
            var unfinished = batch.Select((_, m) => jobs.Count(j => j.Message == m)).ToArray();
            var abandoned = new bool[batch.Count];
            // Several deliveries at once: each spends most of its time waiting (for storage, for Teams, for its
            // turn at the pacer), and one after another a worker could not keep up with the tenant's budget.
            var inFlight = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.DeliveriesInFlight), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), inFlight, async (i, ct) =>
            {
                var (m, job) = jobs[i];
                if (await DeliverAsync(job.Job, batchReads, ct, job.QueuedAs, claimed[i]) == Outcome.Abandoned)
                {
                    Volatile.Write(ref abandoned[m], true);
                }
                else
                {
                    Interlocked.Increment(ref handled);
                }

                if (Interlocked.Decrement(ref unfinished[m]) == 0 && !Volatile.Read(ref abandoned[m]))
                {
                    await queue.DeleteAsync(batch[m], ct);
                }
            });
        }
    }

    /// <summary>
    /// Finishes what the queue alone would not: rows whose retry time has come, rows queued but never
    /// enqueued (a crash in between), and rows left "sending" by a host that died. One request per recent date.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddDays(1));
        var dates = Enumerable.Range(0, o.RecoveryDays + 1).Select(d => today.AddDays(-d));
        var done = 0;
        var due = (await ledger.UnfinishedAsync(dates, cancellationToken)).Where(row => row.State == DeliveryState.Sending
            ? row.UpdatedAt + o.InFlightTimeout <= now
            : (row.NextAttemptAt ?? row.UpdatedAt + o.InFlightTimeout) <= now).ToList();
        // In batches the size of a queue message, so what a batch read is seconds old when it is used, not minutes.
        foreach (var rows in due.Chunk(DeliveryMessage.PerQueueMessage))
        {
            var batchReads = reads.NewBatch();
            await batchReads.PrefetchAsync([.. rows.Select(r => r.Job)], cancellationToken);
            foreach (var row in rows)
            {
                if (await DeliverAsync(row.Job, batchReads, cancellationToken) == Outcome.Finished)
                {
                    done++;
                }
            }
        }

        return done;
    }

    /// <param name="queuedAs">The ledger row's ETag when the scheduler queued the job: the claim needs no read then.</param>
    /// <param name="claimed">The row already moved to "sending" with its batch (<see cref="DeliveryLedger.TryClaimQueuedAsync"/>).</param>
    internal async Task<Outcome> DeliverAsync(DeliveryJob job, DeliveryReads reads, CancellationToken cancellationToken, ETag queuedAs = default, DeliveryRecord? claimed = null)
    {
        var (sending, skipped) = claimed is not null ? (claimed, Outcome.Finished) : await ClaimAsync(job, queuedAs, cancellationToken);
        if (sending is null)
        {
            return skipped;
        }

        if (AbandonAfterMarking?.Invoke(job) == true)
        {
            return Outcome.Abandoned;
        }

        try
        {
            var built = await messages.BuildAsync(job, reads, cancellationToken);
            if (built is not { } message)
            {
                await FinishAsync(sending, DeliveryState.Skipped, null, cancellationToken);
                return Outcome.Finished;
            }

            var conversation = await recipients.ResolveAsync(job, message.Mesa, reads, cancellationToken);
            if (conversation is null)
            {
                Log.Unreachable(logger, job.Key, "no conversation");
                await FinishAsync(sending, DeliveryState.Unreachable, "Sin conversación con el destinatario.", cancellationToken);
                metrics?.Delivered("unreachable");
                return Outcome.Finished;
            }

            // The booking is finished the moment the post is back, before the ledger write: the pacer counts it there.
            using (var send = await pacer.ReserveAsync(conversation.ConversationId, job.TenantId, cancellationToken))
            {
                if (send.Wait > TimeSpan.Zero)
                {
                    await Task.Delay(send.Wait, time, cancellationToken);
                }

                await connector.SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, message.Card.ToActivity(), cancellationToken);
            }

            await FinishAsync(sending, DeliveryState.Sent, null, cancellationToken);
            metrics?.Delivered("sent");
            if (message.Digest is { } digest)
            {
                await MailDigestAsync(job, digest, cancellationToken);
            }

            if (message.PartnerMail is { } partnerMail)
            {
                await MailPartnerAsync(job, partnerMail, cancellationToken);
            }

            return Outcome.Finished;
        }
        catch (ConnectorException ex) when (ex.IsRecipientUnreachable)
        {
            Log.Unreachable(logger, job.Key, ex.ErrorCode ?? ex.Status.ToString());
            await FinishAsync(sending, DeliveryState.Unreachable, ex.ErrorCode, cancellationToken);
            metrics?.Delivered("unreachable");
            return Outcome.Finished;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or RequestFailedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return await RetryLaterAsync(sending, ex, cancellationToken);
        }
    }

    // Moves the row to "sending" under its ETag: one winner among hosts and copies of a message. A row just
    // queued is claimed with the scheduler's ETag, with no read; otherwise (or when that ETag is stale) the
    // row is read and its state decides.
    private async Task<(DeliveryRecord? Sending, Outcome Otherwise)> ClaimAsync(DeliveryJob job, ETag queuedAs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (queuedAs != default
            && await ledger.TryMoveAsync(new DeliveryRecord(job, DeliveryState.Queued, 0, now, null, null, queuedAs), DeliveryState.Sending, 1, now, null, null, cancellationToken) is { } claimed)
        {
            return (claimed, Outcome.Finished);
        }

        var row = await ledger.GetAsync(job, cancellationToken)
            ?? new DeliveryRecord(job, DeliveryState.Queued, 0, now, null, null, default);
        switch (row.State)
        {
            case DeliveryState.Sent or DeliveryState.Failed or DeliveryState.Unreachable or DeliveryState.Skipped:
                return (null, Outcome.Finished);
            case DeliveryState.Sending when row.UpdatedAt + options.Value.InFlightTimeout > now:
                return (null, Outcome.InFlightElsewhere);
            case DeliveryState.Sending:
                Log.InDoubt(logger, job.Key, job.LocalDate, row.UpdatedAt);
                break;
            case DeliveryState.Queued when row.NextAttemptAt > now:
                return (null, Outcome.NotYet);
        }

        var sending = await ledger.TryMoveAsync(row, DeliveryState.Sending, row.Attempts + 1, now, null, null, cancellationToken);
        return (sending, Outcome.InFlightElsewhere);
    }

    // The e-mail copy follows the Teams digest once it is delivered; it is a copy, so a failure is logged
    // (with Graph's request id, by the mail sender) and does not make the committee's card fail too.
    private async Task MailDigestAsync(DeliveryJob job, DigestReport digest, CancellationToken cancellationToken)
    {
        var result = await digestMail.SendAsync(DigestMailMapping.ToMail(digest), cancellationToken);
        if (result.Status == MailSendStatus.Failed)
        {
            Log.DigestMailFailed(logger, job.Key, result.Message);
        }
    }

    // Like the digest's copy: sent after the Teams reminder went out, and a failure is only logged.
    private async Task MailPartnerAsync(DeliveryJob job, OutgoingMail partnerMail, CancellationToken cancellationToken)
    {
        var result = await mail.SendAsync(partnerMail, cancellationToken);
        if (result.Status == MailSendStatus.Failed)
        {
            Log.PartnerMailFailed(logger, job.Key, result.Message);
        }
    }

    private async Task<Outcome> RetryLaterAsync(DeliveryRecord sending, Exception error, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var permanent = error is ConnectorException { Status: HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.RequestEntityTooLarge };
        if (permanent || sending.Attempts >= o.MaxAttempts)
        {
            Log.Failed(logger, error, sending.Job.Key, sending.Attempts);
            await FinishAsync(sending, DeliveryState.Failed, error.Message, cancellationToken);
            metrics?.Delivered("failed");
            return Outcome.Finished;
        }

        var delay = TimeSpan.FromTicks(Math.Min(o.RetryMaxDelay.Ticks, o.RetryBaseDelay.Ticks * (1L << Math.Min(20, sending.Attempts - 1))));
        Log.WillRetry(logger, sending.Job.Key, sending.Attempts, delay, error.Message);
        await ledger.TryMoveAsync(sending, DeliveryState.Queued, sending.Attempts, now, now + delay, error.Message, cancellationToken);
        return Outcome.RetryLater;
    }

    private Task FinishAsync(DeliveryRecord sending, DeliveryState state, string? error, CancellationToken cancellationToken) =>
        ledger.TryMoveAsync(sending, state, sending.Attempts, time.GetUtcNow(), null, error, cancellationToken);

    internal enum Outcome
    {
        Finished,
        RetryLater,
        NotYet,
        InFlightElsewhere,
        Abandoned,
    }

    private static partial class Log
    {
        [LoggerMessage(20, LogLevel.Warning, "The e-mail copy of digest {Key} was not sent: {Reason}")]
        public static partial void DigestMailFailed(ILogger logger, string key, string? reason);

        [LoggerMessage(21, LogLevel.Warning, "The partner e-mail of reminder {Key} was not sent: {Reason}")]
        public static partial void PartnerMailFailed(ILogger logger, string key, string? reason);

        [LoggerMessage(1, LogLevel.Warning, "Delivery {Key} ({Date}) was in flight since {Since} on a host that stopped; resending it (the first send may have arrived).")]
        public static partial void InDoubt(ILogger logger, string key, string date, DateTimeOffset since);

        [LoggerMessage(2, LogLevel.Warning, "Delivery {Key}: recipient unreachable ({Reason}); recorded for the weekly summary.")]
        public static partial void Unreachable(ILogger logger, string key, string reason);

        [LoggerMessage(3, LogLevel.Error, "Delivery {Key} failed after {Attempts} attempts; recorded for the weekly summary.")]
        public static partial void Failed(ILogger logger, Exception error, string key, int attempts);

        [LoggerMessage(4, LogLevel.Information, "Delivery {Key} attempt {Attempts} failed; retrying in {Delay}: {Error}")]
        public static partial void WillRetry(ILogger logger, string key, int attempts, TimeSpan delay, string error);
    }
}
