using Microsoft.Extensions.Options;

namespace MesaBot.Records;

/// <summary>The "Partners" configuration section: the organisations every mesa of the tenant works with.</summary>
public sealed class PartnerOptions
{
    public const string Section = "Partners";

    public List<PartnerEntry> Partners { get; set; } = [];

    public sealed class PartnerEntry
    {
        public string Name { get; set; } = string.Empty;
        public List<string> Aliases { get; set; } = [];
    }
}

/// <summary>Builds each mesa's <see cref="PartnerDirectory"/> from the tenant-wide list and the mesa's own partners.</summary>
public sealed class TenantPartners(IOptions<PartnerOptions> options)
{
    private readonly IReadOnlyList<Partner> _partners =
        options.Value.Partners.Select(p => new Partner(p.Name.Trim(), p.Aliases.Select(a => a.Trim()).ToList())).ToList();

    public IReadOnlyList<Partner> All => _partners;

    public PartnerDirectory For(Mesa mesa) => new(_partners, mesa.Partners);
}
