using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Graph;
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
    OpenItemStore items,
    DeliveryLedger ledger,
    DigestQuery digests,
    ReminderPolicy policy,
    MesaClock clock)
{
    public async Task<ReminderMessage?> BuildAsync(DeliveryJob job, DeliveryReads reads, CancellationToken cancellationToken)
    {
        var mesa = await reads.MesaAsync(job.TenantId, job.MesaId, cancellationToken);
        if (mesa is null || mesa.Archived)
        {
            return null;
        }

        // Drawn in the language of the mesa it goes to: the committee's digest in the committee's.
        using var culture = MesaCulture.Use(mesa);
        if (job.Kind == ReminderKind.Digest)
        {
            var report = await digests.ReportAsync(job.TenantId, job.Date.AddDays(-7), cancellationToken);
            return new ReminderMessage(mesa, DigestCard.Build(report, clock.Today), report);
        }

        if (job.Kind == ReminderKind.OverdueSummary)
        {
            return await SummaryAsync(mesa, job.Date, cancellationToken) is { } summary ? new ReminderMessage(mesa, summary) : null;
        }

        return await ItemAsync(mesa, job, reads, cancellationToken);
    }

    private async Task<ReminderMessage?> ItemAsync(Mesa mesa, DeliveryJob job, DeliveryReads reads, CancellationToken cancellationToken)
    {
        var reference = RecordRef.Parse(job.Ref!);
        var open = await reads.ItemAsync(mesa, reference, cancellationToken) is { IsOpen: true } found ? found : null;
        var commitment = open is { IsCommitment: true } ? open : null;
        var item = open is null ? null : ReminderItem.From(open);
        if (item is null || policy.KindOn(item.DueDate, job.Date, mesa.Reminders) != job.Kind)
        {
            return null;
        }

        var recipient = job.Recipient.ObjectId!;
        var stillConcerned = item.Person.ObjectId.Equals(recipient, StringComparison.OrdinalIgnoreCase)
            || (reference.Kind == RecordKind.Commitment && mesa.IsCoordinator(recipient));
        if (!stillConcerned)
        {
            return null;
        }

        // The partner's contact hears once per reminder: with the follower's, not with each coordinator's.
        var partnerMail = commitment is { ContactEmail: { Length: > 0 } contact } && mesa.Reminders.EmailPartners
            && commitment.Accountable.ObjectId.Equals(recipient, StringComparison.OrdinalIgnoreCase)
                ? PartnerReminderMailRenderer.Render(
                    new PartnerReminderMail(job.Date, commitment.Partner!, mesa.Name, commitment.Text, commitment.DueDate, commitment.ContactName), contact)
                : null;
        // The refresh is for the person reminded: the job's Teams id, or the item's when the reminder is theirs.
        var reader = job.Recipient.TeamsUserId ?? (item.Person.ObjectId.Equals(recipient, StringComparison.OrdinalIgnoreCase) ? item.Person.TeamsUserId : null);
        return new ReminderMessage(mesa, ReminderCard.Build(mesa, item, job.Kind, job.Date, reader)) { PartnerMail = partnerMail };
    }

    private async Task<AdaptiveCard?> SummaryAsync(Mesa mesa, DateOnly date, CancellationToken cancellationToken)
    {
        var overdue = (await items.PendingAsync(mesa, RecordKind.ActionItem, cancellationToken))
            .Concat(await items.PendingAsync(mesa, RecordKind.Commitment, cancellationToken))
            .Where(i => i.DueDate < date).Select(ReminderItem.From)
            .ToList();
        var week = Enumerable.Range(1, 7).Select(d => date.AddDays(-d)).Append(date);
        var problems = (await ledger.ProblemsAsync(week, cancellationToken))
            .Where(p => p.Job.TenantId == mesa.TenantId && p.Job.MesaId == mesa.Id)
            .Select(p => new UndeliveredReminder(p.Job.Recipient.Name ?? p.Job.Recipient.ConversationKey ?? "?", p.Job.Date, p.State == DeliveryState.Unreachable))
            .ToList();
        return overdue.Count == 0 && problems.Count == 0 ? null : OverdueSummaryCard.Build(mesa, overdue, problems, date);
    }
}

/// <summary>
/// A card ready to deliver; the committee's digest also carries its report (for the e-mail copy), and a
/// partner commitment's reminder the e-mail to the partner's contact when the mesa opted in.
/// </summary>
public sealed record ReminderMessage(Mesa Mesa, AdaptiveCard Card, DigestReport? Digest = null)
{
    public OutgoingMail? PartnerMail { get; init; }
}
