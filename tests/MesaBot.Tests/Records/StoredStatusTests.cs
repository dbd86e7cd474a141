using MesaBot.Records;
using MesaBot.Records.Stores;
using Xunit;

namespace MesaBot.Tests.Records;

/// <summary>Stored statuses read by name give what Enum.Parse gives, and refuse what it refuses.</summary>
public sealed class StoredStatusTests
{
    [Fact]
    public void Parse_EveryStatusAsStored_RoundTrips()
    {
        foreach (var status in Enum.GetValues<ItemStatus>())
        {
            Assert.Equal(status, StoredStatus.Parse(status.ToString()));
        }
    }

    [Theory]
    [InlineData("pendiente")]
    [InlineData("Vencida")]
    [InlineData("")]
    public void Parse_NotAStatus_ThrowsAsEnumParse(string text)
    {
        Assert.Throws<ArgumentException>(() => Enum.Parse<ItemStatus>(text));
        Assert.Throws<ArgumentException>(() => StoredStatus.Parse(text));
    }
}
