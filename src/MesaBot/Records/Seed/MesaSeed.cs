using MesaBot.Records.Stores;
using MesaBot.Storage;

namespace MesaBot.Records.Seed;

/// <summary>
/// Loads the five mesas of the Glosa 6 memo with sample records, for demos and local development.
/// Runs only when asked (<c>dotnet run -- --seed</c>), never at start-up; running it twice changes
/// nothing, because every record is created with a fixed activity id.
/// </summary>
public sealed partial class MesaSeed(
    TableStorage storage,
    IEnumerable<RequiredTable> tables,
    MesaStore mesas,
    AgreementStore agreements,
    OpenItemStore items,
    TimeProvider time)
{
    private static readonly Person Loader = new("mesabot-seed", "Carga inicial MesaBot");

    public async Task<IReadOnlyList<Mesa>> SeedAsync(string tenantId, CancellationToken cancellationToken)
    {
        await storage.CreateTablesAsync(tables.Select(t => t.Name).Distinct(), cancellationToken);
        var seeded = new List<Mesa>();
        foreach (var sample in Samples())
        {
            var mesa = await mesas.GetAsync(tenantId, sample.Mesa.Id, cancellationToken)
                ?? await mesas.CreateAsync(tenantId, sample.Mesa, Loader, cancellationToken);
            foreach (var partner in sample.Partners)
            {
                mesa = await mesas.AddPartnerAsync(mesa, partner, Loader, cancellationToken);
            }

            var today = mesa.Today(time);
            var key = $"seed-{mesa.Id}";
            for (var i = 0; i < sample.Agreements.Length; i++)
            {
                var (text, daysAgo, session) = sample.Agreements[i];
                await agreements.CreateAsync(mesa, new NewAgreement(text, today.AddDays(-daysAgo), session), Loader, $"{key}-A-{i}", cancellationToken);
            }

            for (var i = 0; i < sample.ActionItems.Length; i++)
            {
                var (text, owner, inDays, agreement) = sample.ActionItems[i];
                await items.CreateTaskAsync(mesa, new NewActionItem(text, owner, today.AddDays(inDays), agreement), Loader, $"{key}-T-{i}", cancellationToken);
            }

            for (var i = 0; i < sample.Commitments.Length; i++)
            {
                var (partner, text, inDays, follower, contact) = sample.Commitments[i];
                await items.CreateCommitmentAsync(mesa, new NewCommitment(partner, text, today.AddDays(inDays), follower, contact), Loader, $"{key}-C-{i}", cancellationToken);
            }

            seeded.Add(mesa);
        }

        return seeded;
    }

    private sealed record Sample(
        NewMesa Mesa,
        Partner[] Partners,
        (string Text, int DaysAgo, string Session)[] Agreements,
        (string Text, Person Owner, int InDays, int? Agreement)[] ActionItems,
        (string Partner, string Text, int InDays, Person FollowedBy, string? Contact)[] Commitments);
}
