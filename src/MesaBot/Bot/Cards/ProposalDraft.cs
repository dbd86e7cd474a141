using System.Globalization;
using MesaBot.Extraction;

namespace MesaBot.Bot.Cards;

/// <summary>
/// One proposal as the proposals card holds it, before anything is created: its kind ("acuerdo", "tarea",
/// "compromiso"), text, owner (object id), partner and due date, and whether it is ticked. It travels in
/// the card's inputs (<see cref="MesaBot.Cards.CardVerbs.SaveProposals"/>), so nothing is stored before the user confirms.
/// </summary>
public sealed record ProposalDraft(string Kind, string Text, string? OwnerId, string? Partner, DateOnly? Due, bool Selected = true)
{
    /// <summary>A card shows at most this many: Teams refuses cards past about 28 KB.</summary>
    public const int MaxPerCard = 20;

    public const string OriginKey = "origen";
    public const string CountKey = "n";
    public const string LinkKey = "enlace";
    public const string SessionKey = "sesion";
    public const string SessionNumberKey = "sesionNumero";
    public const string DialogKey = "propuestas";

    public static string SelectedId(int i) => $"p{i}.sel";

    public static string KindId(int i) => $"p{i}.tipo";

    public static string TextId(int i) => $"p{i}.texto";

    public static string OwnerIdKey(int i) => $"p{i}.responsable";

    public static string PartnerId(int i) => $"p{i}.socio";

    public static string DueId(int i) => $"p{i}.fecha";

    public bool IsAgreement => Kind == FormInputs.Agreement;

    public bool IsCommitment => Kind == FormInputs.Commitment;

    public static ProposalDraft Of(ProposedRecord proposal) => new(
        proposal.Kind switch
        {
            ProposedKind.Agreement => FormInputs.Agreement,
            ProposedKind.Commitment => FormInputs.Commitment,
            _ => FormInputs.ActionItem,
        },
        proposal.Text,
        proposal.Owner?.ObjectId,
        proposal.Partner,
        proposal.DueDate);

    /// <summary>The drafts a pressed card sends back, with the user's edits; an unknown kind reads as nothing.</summary>
    public static IReadOnlyList<ProposalDraft> Read(Func<string, string?> data)
    {
        var count = int.TryParse(data(CountKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, MaxPerCard) : 0;
        var drafts = new List<ProposalDraft>();
        for (var i = 0; i < count; i++)
        {
            var kind = data(KindId(i));
            if (kind is not (FormInputs.Agreement or FormInputs.ActionItem or FormInputs.Commitment))
            {
                continue;
            }

            var due = DateOnly.TryParseExact(data(DueId(i)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
            drafts.Add(new ProposalDraft(kind, data(TextId(i))?.Trim() ?? string.Empty, data(OwnerIdKey(i)), data(PartnerId(i))?.Trim(), due,
                Selected: data(SelectedId(i)) is not ("false" or "False")));
        }

        return drafts;
    }
}
