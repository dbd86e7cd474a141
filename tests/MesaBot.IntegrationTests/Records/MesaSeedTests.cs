using MesaBot.Records.Seed;
using MesaBot.Records;
using MesaBot.Storage;
using static MesaBot.IntegrationTests.Records.RecordsHarness;

namespace MesaBot.IntegrationTests.Records;

public sealed class MesaSeedTests
{
    [Fact]
    public async Task SeedAsync_RunTwice_FiveMesasWithSampleRecordsOnce()
    {
        // Arrange
        var h = await StartAsync();
        var seed = new MesaSeed(h.Storage, [new RequiredTable("mesas"), new RequiredTable("records"), new RequiredTable("recordindex")],
            h.Mesas, h.Agreements, h.Items, h.Time);

        // Act
        await seed.SeedAsync(Tenant, CancellationToken.None);
        var again = await seed.SeedAsync(Tenant, CancellationToken.None);

        // Assert
        var mesas = await h.Mesas.ListAsync(Tenant, CancellationToken.None);
        Assert.Equal(["CCL", "CIS", "ECI", "PRO", "RES"], mesas.Select(m => m.Code).Order());
        Assert.Equal(MesaKind.Comite, mesas.Single(m => m.Code == "CIS").Kind);
        var eci = again.Single(m => m.Code == "ECI");
        Assert.Equal(2, (await h.ActionItems.ListAsync(eci, CancellationToken.None)).Count);
        var commitments = await h.Commitments.ListAsync(eci, CancellationToken.None);
        Assert.Equal(["Cámara Chilena de la Construcción", "Construye 2025"], commitments.Select(c => c.Partner));
    }
}
