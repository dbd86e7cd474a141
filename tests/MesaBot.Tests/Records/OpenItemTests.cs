using MesaBot.Records;
using MesaBot.TestData;

namespace MesaBot.Tests.Records;

public sealed class OpenItemTests
{
    private static readonly Person Ana = new("aaaaaaaa-0000-0000-0000-000000000001", "Ana Pérez");
    private static readonly Person Beto = new("BBBBBBBB-0000-0000-0000-000000000002", "Beto Soto");
    private static readonly Person Carla = new("cccccccc-0000-0000-0000-000000000003", "Carla Díaz");
    private static readonly Mesa Mesa = new MesaBuilder { Coordinators = [Carla] }.Build();

    [Theory]
    [InlineData(RecordKind.ActionItem)]
    [InlineData(RecordKind.Commitment)]
    public void MayBeChangedBy_AccountableOrCoordinator_YesOthersNo(RecordKind kind)
    {
        // Arrange
        var builder = new ItemBuilder { Accountable = Beto };
        var item = kind == RecordKind.Commitment ? builder.Commitment() : builder.Task();

        // Act, Assert
        Assert.True(item.MayBeChangedBy(Beto with { ObjectId = Beto.ObjectId.ToLowerInvariant() }, Mesa));
        Assert.True(item.MayBeChangedBy(Carla, Mesa));
        Assert.False(item.MayBeChangedBy(Ana, Mesa));
    }

    [Fact]
    public void EnsureMayBeChangedBy_SomeoneElse_RefusesWithKeyAndCultureNeutralArguments()
    {
        // Arrange
        var item = new ItemBuilder { Accountable = Beto, Number = 3 }.Task();

        // Act
        var error = Assert.Throws<RecordException>(() => item.EnsureMayBeChangedBy(Ana, Mesa));

        // Assert
        Assert.Equal(RecordErrors.ItemChangeNotAllowed, error.Key);
        Assert.Equal(["RES-T-3", "Beto Soto"], error.Arguments);
        Assert.Equal("Solo el responsable (Beto Soto) o la coordinación de la mesa pueden cambiar RES-T-3.", SpanishErrors.Text(error));
    }

    [Fact]
    public void Pending_ClosedItem_IsNull_OpenItemNamesTheAccountablePerson()
    {
        // Arrange
        var open = new ItemBuilder { Accountable = Beto, Version = "4" }.Commitment();

        // Act
        var pending = open.Pending(Mesa);

        // Assert
        Assert.Equal((Beto, "Cámara Chilena de la Construcción", 4L), (pending!.Person, pending.Partner, pending.Revision));
        Assert.Null((open with { Status = ItemStatus.Cumplida }).Pending(Mesa));
    }
}
