namespace MesaBot.Records.Seed;

/// <summary><c>dotnet run -- --seed [--Seed:TenantId=…]</c>: seeds the memo's mesas and exits.</summary>
public static partial class MesaSeedCommand
{
    public const string Switch = "--seed";

    /// <summary>Returns false (and does nothing) unless the switch was given.</summary>
    public static async Task<bool> TryRunAsync(IHost app, string[] args)
    {
        if (!args.Contains(Switch, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var tenantId = configuration["Seed:TenantId"] ?? configuration["Bot:MicrosoftAppTenantId"] ?? configuration["MicrosoftAppTenantId"];
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            throw new InvalidOperationException("Seeding needs a tenant: pass --Seed:TenantId=<tenant id> (or set MicrosoftAppTenantId).");
        }

        var seeded = await app.Services.GetRequiredService<MesaSeed>().SeedAsync(tenantId, CancellationToken.None);
        Seeded(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MesaSeedCommand)), seeded.Count, tenantId, string.Join(", ", seeded.Select(m => m.Code)));
        return true;
    }

    [LoggerMessage(1, LogLevel.Information, "Seeded {Count} mesas for tenant {TenantId}: {Codes}")]
    private static partial void Seeded(ILogger logger, int count, string tenantId, string codes);
}
