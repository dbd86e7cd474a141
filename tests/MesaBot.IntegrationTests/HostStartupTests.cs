using MesaBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace MesaBot.IntegrationTests;

public sealed class HostStartupTests
{
    // Every other setting Production requires, so each test fails on its own one alone.
    private const string LinkKey = "a-link-signing-key-of-at-least-32-characters";

    [Fact]
    public void Production_WithoutAppId_RefusesToStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("MicrosoftAppId", string.Empty);
            b.UseSetting("Documents:LinkSigningKey", LinkKey);
            b.UseSetting("Storage:ConnectionString", SharedAzurite.ConnectionString);
            b.UseSetting("Storage:TablePrefix", SharedAzurite.NewTablePrefix());
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppId is required in Production", error.Message);
    }

    [Fact]
    public void Production_WithoutStorage_RefusesToStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("MicrosoftAppId", TestToken.AppId);
            b.UseSetting("Storage:ConnectionString", string.Empty);
            b.UseSetting("Documents:LinkSigningKey", LinkKey);
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Storage:ConnectionString or Storage:AccountName", error.Message);
    }

    [Fact]
    public void Production_WithoutLinkSigningKey_RefusesToStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("MicrosoftAppId", TestToken.AppId);
            b.UseSetting("Storage:ConnectionString", SharedAzurite.ConnectionString);
            b.UseSetting("Storage:TablePrefix", SharedAzurite.NewTablePrefix());
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Documents:LinkSigningKey is required outside Development", error.Message);
    }

    [Fact]
    public void Production_WithAnUnresolvedKeyVaultReferenceAsLinkKey_RefusesToStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("MicrosoftAppId", TestToken.AppId);
            b.UseSetting("Storage:ConnectionString", SharedAzurite.ConnectionString);
            b.UseSetting("Storage:TablePrefix", SharedAzurite.NewTablePrefix());
            // What App Service passes on when the secret the infra/ Bicep references is not in the vault yet.
            b.UseSetting("Documents:LinkSigningKey", "@Microsoft.KeyVault(VaultName=kv-mesabot-x;SecretName=documents-link-key)");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("unresolved Key Vault reference", error.Message);
    }

    [Theory]
    [InlineData("Sessions:IdleAfter", "00:05:00", "Sessions:IdleAfter must be between 00:15:00 and 7.00:00:00")]
    [InlineData("Sessions:IdleAfter", "8.00:00:00", "Sessions:IdleAfter must be between 00:15:00 and 7.00:00:00")]
    [InlineData("Sessions:IdleCheckEvery", "00:00:30", "Sessions:IdleCheckEvery must be between 00:01:00 and 1.00:00:00")]
    [InlineData("Sessions:PartnerHorizonDays", "0", "Sessions:PartnerHorizonDays must be between 1 and 90")]
    [InlineData("Sessions:PartnerHorizonDays", "91", "Sessions:PartnerHorizonDays must be between 1 and 90")]
    public void SessionSettingOutOfRange_RefusesToStart(string key, string value, string expected)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Storage:ConnectionString", SharedAzurite.ConnectionString);
            b.UseSetting("Storage:TablePrefix", SharedAzurite.NewTablePrefix());
            b.UseSetting(key, value);
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message);
    }
}
