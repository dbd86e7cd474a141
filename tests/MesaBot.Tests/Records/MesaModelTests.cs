using Azure.Data.Tables;
using MesaBot.Records;
using MesaBot.Records.Stores;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using MesaBot.TestData;

namespace MesaBot.Tests.Records;

public sealed class MesaModelTests
{
    private static Mesa Mesa(string timeZone = "America/Santiago") => new MesaBuilder { TimeZoneId = timeZone }.Build();

    [Theory]
    [InlineData("2025-12-16T02:59:00Z", "2025-12-15")] // summer time, UTC-3
    [InlineData("2025-12-16T03:00:00Z", "2025-12-16")]
    [InlineData("2025-07-16T03:59:00Z", "2025-07-15")] // winter time, UTC-4
    public void Today_UtcInstant_DateInSantiago(string utc, string expected)
    {
        // Arrange
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc));

        // Act
        var today = Mesa().Today(time);

        // Assert
        Assert.Equal(DateOnly.Parse(expected), today);
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1712345", "19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    [InlineData("19:meeting_x@thread.v2", "19:meeting_x@thread.v2")]
    public void KeyOf_ConversationId_ChannelWithoutThread(string conversationId, string expected)
    {
        // Act
        var key = ConversationLink.KeyOf(conversationId);

        // Assert
        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("RES", "RES")]
    [InlineData(" eci ", "ECI")]
    public void CleanCode_Valid_UpperCase(string code, string expected) => Assert.Equal(expected, MesaRules.CleanCode(code));

    [Theory]
    [InlineData("R")]
    [InlineData("RES-1")]
    [InlineData("RESILIENCIA")]
    public void CleanCode_Invalid_SpanishMessage(string code)
    {
        // Act
        var error = Assert.Throws<RecordException>(() => MesaRules.CleanCode(code));

        // Assert
        Assert.StartsWith($"El código '{code}' no es válido", SpanishErrors.Text(error));
    }

    [Fact]
    public void Add_SecondPartition_Refused()
    {
        // Arrange
        var batch = new PartitionBatch("tenant|resiliencia");

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => batch.Add(TableTransactionActionType.Add, new TableEntity("tenant|otra", "T|0000001")));

        // Assert
        Assert.Contains("cannot touch partition", error.Message);
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Add_HundredAndFirstOperation_Refused()
    {
        // Arrange
        var batch = new PartitionBatch("p");
        for (var i = 0; i < PartitionBatch.MaxOperations; i++)
        {
            batch.Add(TableTransactionActionType.Add, new TableEntity("p", i.ToString()));
        }

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => batch.Add(TableTransactionActionType.Add, new TableEntity("p", "101")));

        // Assert
        Assert.Equal("A transaction holds at most 100 operations.", error.Message);
    }

    [Fact]
    public void UpperBound_Prefix_FirstKeyAfterAllWithPrefix()
    {
        // Act
        var upper = RecordKeys.UpperBound("open|T|");

        // Assert
        Assert.Equal("open|T}", upper);
        Assert.True(string.CompareOrdinal("open|T|9999999", upper) < 0);
        Assert.True(string.CompareOrdinal("open|U|0000001", upper) > 0);
    }
}
