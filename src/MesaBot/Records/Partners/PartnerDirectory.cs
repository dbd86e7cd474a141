namespace MesaBot.Records;

/// <summary>
/// The partners a mesa can name: the tenant-wide list (configuration) plus the mesa's own additions.
/// Names and aliases match ignoring case, accents, punctuation and spacing, so "CChC" and "Cámara
/// Chilena de la Construcción" are one partner; a near miss gets the closest known names as suggestions.
/// </summary>
public sealed class PartnerDirectory
{
    private readonly List<Partner> _partners = [];
    private readonly Dictionary<string, Partner> _byName = new(StringComparer.Ordinal);

    public PartnerDirectory(IEnumerable<Partner> tenantPartners, IEnumerable<Partner> mesaPartners)
    {
        foreach (var partner in tenantPartners.Concat(mesaPartners))
        {
            var known = partner.AllNames.Select(PartnerNames.Normalize).FirstOrDefault(_byName.ContainsKey);
            if (known is not null)
            {
                continue; // the mesa re-added a tenant partner: the tenant's spelling wins
            }

            _partners.Add(partner);
            foreach (var name in partner.AllNames.Select(PartnerNames.Normalize).Where(n => n.Length > 0))
            {
                _byName.TryAdd(name, partner);
            }
        }
    }

    public IReadOnlyList<Partner> Partners => _partners;

    /// <summary>The partner this name or alias denotes, or null.</summary>
    public Partner? Find(string? name) => _byName.GetValueOrDefault(PartnerNames.Normalize(name));

    /// <summary>
    /// Known partners close to <paramref name="name"/>, best first: small typos ("Camara Chilena de la
    /// Contruccion", "Corto" for Corfo) and partial names ("Cámara Chilena").
    /// </summary>
    public IReadOnlyList<Partner> Suggest(string? name, int max = 3)
    {
        var wanted = PartnerNames.Normalize(name);
        if (wanted.Length == 0)
        {
            return [];
        }

        return _byName
            .Select(pair => (Partner: pair.Value, Score: Score(wanted, pair.Key)))
            .Where(x => x.Score is not null)
            .GroupBy(x => x.Partner)
            .Select(g => (Partner: g.Key, Score: g.Min(x => x.Score!.Value)))
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Partner.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Partner)
            .ToList();
    }

    /// <summary>What a typed name resolves to: the known partner, or none with the closest suggestions.</summary>
    public PartnerResolution Resolve(string? name)
    {
        var known = Find(name);
        return known is not null ? new PartnerResolution(known, []) : new PartnerResolution(null, Suggest(name));
    }

    // Lower is closer; null is too far to suggest.
    private static int? Score(string wanted, string known)
    {
        var distance = PartnerNames.Distance(wanted, known);
        if (distance <= Math.Max(1, Math.Min(wanted.Length, known.Length) / 4))
        {
            return distance;
        }

        return wanted.Length >= 4 && (known.StartsWith(wanted, StringComparison.Ordinal) || known.Contains(" " + wanted, StringComparison.Ordinal))
            ? 100 + known.Length - wanted.Length
            : null;
    }
}

/// <summary><see cref="Partner"/> is null when the name is unknown; then <see cref="Suggestions"/> lists the closest known ones.</summary>
public sealed record PartnerResolution(Partner? Partner, IReadOnlyList<Partner> Suggestions)
{
    public bool IsKnown => Partner is not null;
}
