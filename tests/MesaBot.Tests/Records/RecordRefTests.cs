using MesaBot.Records;
using Xunit;

namespace MesaBot.Tests.Records;

public sealed class RecordRefTests
{
    [Theory]
    [InlineData("T-34", RecordKind.ActionItem, 34, null)]
    [InlineData("t34", RecordKind.ActionItem, 34, null)]
    [InlineData(" #A-12 ", RecordKind.Agreement, 12, null)]
    [InlineData("c 7", RecordKind.Commitment, 7, null)]
    [InlineData("RES-T-34", RecordKind.ActionItem, 34, "RES")]
    [InlineData("res-t34", RecordKind.ActionItem, 34, "RES")]
    [InlineData("CCL–C–7", RecordKind.Commitment, 7, "CCL")]
    [InlineData("ECI-A-1", RecordKind.Agreement, 1, "ECI")]
    public void TryParse_AcceptedForms_Parsed(string text, RecordKind kind, int number, string? code)
    {
        // Act
        var ok = RecordRef.TryParse(text, out var parsed);

        // Assert
        Assert.True(ok);
        Assert.Equal(new RecordRef(kind, number, code), parsed);
    }

    [Theory]
    [InlineData("34")]
    [InlineData("X-3")]
    [InlineData("T-0")]
    [InlineData("T-")]
    [InlineData("R-T-3")]
    [InlineData("RES-34")]
    [InlineData("T-34 y T-35")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AmbiguousOrMalformed_Refused(string? text)
    {
        // Act
        var ok = RecordRef.TryParse(text, out var parsed);

        // Assert
        Assert.False(ok);
        Assert.Null(parsed);
    }

    [Fact]
    public void Format_InsideAndOutsideMesa_ShortAndQualified()
    {
        // Arrange
        var record = new RecordRef(RecordKind.ActionItem, 34);

        // Act
        var inside = record.Format("res", insideMesa: true);
        var outside = record.Format("res", insideMesa: false);

        // Assert
        Assert.Equal(("T-34", "RES-T-34"), (inside, outside));
    }

    [Theory]
    [InlineData(RecordKind.Agreement)]
    [InlineData(RecordKind.ActionItem)]
    [InlineData(RecordKind.Commitment)]
    public void Parse_QualifiedString_RoundTrips(RecordKind kind)
    {
        // Arrange
        var record = new RecordRef(kind, 1234567);

        // Act
        var parsed = RecordRef.Parse(record.ToQualifiedString("CIS"));

        // Assert
        Assert.Equal(record with { MesaCode = "CIS" }, parsed);
    }
}
