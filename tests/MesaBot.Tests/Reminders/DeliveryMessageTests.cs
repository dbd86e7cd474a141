using Azure;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;

namespace MesaBot.Tests.Reminders;

public sealed class DeliveryMessageTests
{
    private static readonly DeliveryJob Job = new("tenant-a", "resiliencia", "T-3", ReminderKind.DueToday, new DateOnly(2026, 3, 26),
        new DeliveryRecipient("object-1", "Beto Soto", "29:beto", null));

    private static readonly ETag RowETag = new("W/\"datetime'2026-03-26T12%3A00%3A00.1Z'\"");

    [Fact]
    public void RoundTrip_SeveralJobs_KeepsEachJobAndItsRowsETagInOrder()
    {
        var jobs = Enumerable.Range(1, DeliveryMessage.PerQueueMessage)
            .Select(n => new DeliveryMessage(Job with { Ref = $"T-{n}" }, n % 2 == 0 ? RowETag : default)).ToList();

        var read = DeliveryMessage.FromQueueText(DeliveryMessage.ToQueueText(jobs));

        Assert.Equal(jobs, read);
    }

    [Fact]
    public void ToQueueText_MoreJobsThanAMessageHolds_Refused()
    {
        var jobs = Enumerable.Repeat(new DeliveryMessage(Job, default), DeliveryMessage.PerQueueMessage + 1).ToList();

        Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryMessage.ToQueueText(jobs));
    }

    [Fact]
    public void FromQueueText_OneJobWithItsETag_AsHostsWroteItBeforeMessagesHeldSeveral()
    {
        // The shape those hosts serialised: the job and the ETag's text side by side.
        var written = System.Text.Json.JsonSerializer.Serialize(new { Job, ETag = RowETag.ToString() });

        var read = DeliveryMessage.FromQueueText(written);

        Assert.Equal([new DeliveryMessage(Job, RowETag)], read);
    }

    [Fact]
    public void FromQueueText_TheBareJobOfAnOlderHost_HasNoETag()
    {
        var read = Assert.Single(DeliveryMessage.FromQueueText(Job.ToJson()));

        Assert.Equal(Job, read.Job);
        Assert.Equal(default, read.QueuedAs);
    }
}
