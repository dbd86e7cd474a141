using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Digest;
using MesaBot.Reminders.Planning;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Turns a delivery job into its card, reading the records fresh (the index the scheduler read may lag
/// them). Null means the reminder no longer applies: the item was closed, reassigned or moved, the mesa
/// archived, or the weekly summary has nothing to say.
/// </summary>
public sealed class ReminderMessageBuilder(
    MesaStore mesas,
    ActionItemStore actionItems,
    CommitmentStore commitments,
    DeliveryLedger ledger,
    DigestBuilder digests,
    ReminderPolicy policy)
{
    public async Task<ReminderMessage?> BuildAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var mesa = await mesas.GetAsync(job.TenantId, job.MesaId, cancellationToken);
        if (mesa is null || mesa.Archived)
        {
            return null;
        }

        if (job.Kind == ReminderKind.Digest)
        {
            var (report, digest) = await digests.BuildAsync(job.TenantId, job.Date.AddDays(-7), cancellationToken);
            return new ReminderMessage(mesa, digest, report);
        }

        var card = job.Kind == ReminderKind.OverdueSummary
            ? await SummaryAsync(mesa, job.Date, cancellationToken)
            : await ItemAsync(mesa, job, cancellationToken);
        return card is null ? null : new ReminderMessage(mesa, card);
    }

    private async Task<AdaptiveCard?> ItemAsync(Mesa mesa, DeliveryJob job, CancellationToken cancellationToken)
    {
        var reference = RecordRef.Parse(job.Ref!);
        ReminderItem? item = reference.Kind switch
        {
            RecordKind.ActionItem => await actionItems.GetAsync(mesa, reference.Number, cancellationToken) is { IsOpen: true } t ? ReminderItem.From(t) : null,
            RecordKind.Commitment => await commitments.GetAsync(mesa, reference.Number, cancellationToken) is { IsOpen: true } c ? ReminderItem.From(c) : null,
            _ => null,
        };
        if (item is null || policy.KindOn(item.DueDate, job.Date, mesa.Reminders) != job.Kind)
        {
            return null;
        }

        var recipient = job.Recipient.ObjectId!;
        var stillConcerned = item.Person.ObjectId.Equals(recipient, StringComparison.OrdinalIgnoreCase)
            || (reference.Kind == RecordKind.Commitment && mesa.IsCoordinator(recipient));
        return stillConcerned ? ReminderCard.Build(mesa, item, job.Kind, job.Date) : null;
    }

    private async Task<AdaptiveCard?> SummaryAsync(Mesa mesa, DateOnly date, CancellationToken cancellationToken)
    {
        var overdue = (await actionItems.PendingAsync(mesa, cancellationToken)).Where(t => t.DueDate < date).Select(ReminderItem.From)
            .Concat((await commitments.PendingAsync(mesa, cancellationToken)).Where(c => c.DueDate < date).Select(ReminderItem.From))
            .ToList();
        var week = Enumerable.Range(1, 7).Select(d => date.AddDays(-d)).Append(date);
        var problems = (await ledger.ProblemsAsync(week, cancellationToken))
            .Where(p => p.Job.TenantId == mesa.TenantId && p.Job.MesaId == mesa.Id)
            .ToList();
        return overdue.Count == 0 && problems.Count == 0 ? null : OverdueSummaryCard.Build(mesa, overdue, problems, date);
    }
}

/// <summary>A card ready to deliver; the committee's digest also carries its report, for the e-mail copy.</summary>
public sealed record ReminderMessage(Mesa Mesa, AdaptiveCard Card, DigestReport? Digest = null);
