using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Records;

/// <summary>The records as the real host wires them: tables created at start-up, partners from appsettings.json.</summary>
public sealed class RecordsHostTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task Host_Started_RecordTablesExistAndTenantPartnersLoaded()
    {
        // Arrange
        _ = fixture.Host.CreateClient();
        var services = fixture.Host.Services;

        // Act
        var partners = services.GetRequiredService<TenantPartners>();
        var mesa = await services.GetRequiredService<MesaStore>().CreateAsync(
            "tenant", new NewMesa("resiliencia", "Resiliencia", MesaKind.Mesa, "RES", []), new Person("oid", "Ana"), CancellationToken.None);
        var directory = partners.For(mesa);

        // Assert
        Assert.Equal("Cámara Chilena de la Construcción", directory.Find("cchc")?.Name);
        Assert.Equal("Pontificia Universidad Católica de Chile", directory.Find("PUC")?.Name);
        Assert.Equal("Corfo", directory.Suggest("Corto")[0].Name);
        var tables = new Azure.Data.Tables.TableServiceClient(SharedAzurite.ConnectionString).QueryAsync(t => t.Name.CompareTo(fixture.Host.TablePrefix) >= 0);
        var names = new List<string>();
        await foreach (var table in tables)
        {
            names.Add(table.Name);
        }

        Assert.Contains(fixture.Host.TablePrefix + "mesas", names);
        Assert.Contains(fixture.Host.TablePrefix + "records", names);
        Assert.Contains(fixture.Host.TablePrefix + "recordindex", names);
    }
}
