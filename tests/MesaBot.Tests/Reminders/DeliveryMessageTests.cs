using Azure;
using MesaBot.Reminders.Delivery;
using MesaBot.Reminders.Planning;

namespace MesaBot.Tests.Reminders;

public sealed class DeliveryMessageTests
{
    private static readonly DeliveryJob Job = new("tenant-a", "resiliencia", "T-3", ReminderKind.DueToday, new DateOnly(2026, 3, 26),
        new DeliveryRecipient("object-1", "Beto Soto", "29:beto", null));

    [Fact]
    public void RoundTrip_KeepsTheJobAndTheRowsETag()
    {
        var message = new DeliveryMessage(Job, new ETag("W/\"datetime'2026-03-26T12%3A00%3A00.1Z'\""));

        var read = DeliveryMessage.FromJson(message.ToJson());

        Assert.Equal(message, read);
    }

    [Fact]
    public void FromJson_TheBareJobOfAnOlderHost_HasNoETag()
    {
        var read = DeliveryMessage.FromJson(Job.ToJson());

        Assert.Equal(Job, read.Job);
        Assert.Equal(default, read.QueuedAs);
    }

    [Fact]
    public void ToJson_WithoutETag_ReadsBackWithout()
    {
        var read = DeliveryMessage.FromJson(new DeliveryMessage(Job, default).ToJson());

        Assert.Equal(new DeliveryMessage(Job, default), read);
    }
}
