using MesaBot.Bot.Cards;
using MesaBot.Bot.Resources;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Creates the ticked proposals of a proposals card through the same store calls the `acuerdo`, `tarea`
/// and `compromiso` commands use (numbers, history, indexes, the source message's link). All of them are
/// checked before the first is written, so a batch with a gap creates nothing; each one's idempotency key
/// is the asking message's id and its index, so a double click or a resend creates nothing twice. A session's
/// card (its transcript, posted at the close) makes every record belong to that session, as if logged while
/// it was open: its acta lists them, the next session's does not.
/// </summary>
public sealed class ProposalRegistration(AgreementStore agreements, OpenItemStore items, MesaStore mesas, SessionStore sessions, TenantPartners partners)
{
    // The longest partner name the stores keep (OpenItemStore.CleanPartner).
    private const int MaxPartnerLength = 150;

    public async Task<ProposalOutcome> RegisterAsync(ChatContext chat, IReadOnlyList<ProposalDraft> drafts, ProposalSource source, CancellationToken cancellationToken)
    {
        var (origin, link) = (source.Origin, source.Link);
        var mesa = chat.Mesa!;
        var members = await MembersAsync(chat, cancellationToken);
        var problems = new Dictionary<int, string>();
        var directory = partners.For(mesa);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Selected && Problem(drafts[i], members, directory, chat.Today) is { } problem)
            {
                problems[i] = problem;
            }
        }

        if (problems.Count > 0 || !drafts.Any(d => d.Selected))
        {
            return new ProposalOutcome([], problems);
        }

        // The number comes back from the card: one that names no session of this mesa links nothing.
        var session = source.SessionNumber is { } named && await sessions.GetAsync(mesa, named, cancellationToken) is { } found ? found.Number : (int?)null;
        var created = new List<CreatedRecord>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (!draft.Selected)
            {
                continue;
            }

            var key = $"{origin}#{i}";
            if (draft.IsAgreement)
            {
                var agreement = await agreements.CreateAsync(mesa, new NewAgreement(draft.Text, chat.Today, source.Session, link) { ForSession = session }, chat.Author, key, cancellationToken);
                created.Add(new CreatedRecord(new RecordRef(RecordKind.Agreement, agreement.Number), agreement.Text));
            }
            else if (draft.IsCommitment)
            {
                var partner = directory.Find(draft.Partner)?.Name ?? draft.Partner!;
                if (directory.Find(partner) is null)
                {
                    mesa = await mesas.AddPartnerAsync(mesa, new Partner(partner, []), chat.Author, cancellationToken);
                    directory = partners.For(mesa);
                }

                var item = await items.CreateCommitmentAsync(mesa, new NewCommitment(partner, draft.Text, draft.Due!.Value, chat.Author, SourceMessageUrl: link) { ForSession = session }, chat.Author, key, cancellationToken);
                created.Add(new CreatedRecord(item.Ref, item.Text));
            }
            else
            {
                var owner = members.First(m => m.ObjectId == draft.OwnerId);
                var item = await items.CreateTaskAsync(mesa, new NewActionItem(draft.Text, owner, draft.Due!.Value, SourceMessageUrl: link) { ForSession = session }, chat.Author, key, cancellationToken);
                created.Add(new CreatedRecord(item.Ref, item.Text));
            }
        }

        // After the creates, since each is its own transaction; a press retried after a failure here replays
        // them (same keys) and reaches them again.
        if (session is { } number)
        {
            await sessions.ReachAsync(mesa, number, [.. created.Select(c => c.Ref)], chat.Author, cancellationToken);
        }

        return new ProposalOutcome(created, problems) { Session = session };
    }

    /// <summary>The conversation's people, the author among them: "yo me encargo" makes the author the owner even where the roster cannot be read.</summary>
    public static async Task<IReadOnlyList<Person>> MembersAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var members = await chat.Roster.PeopleAsync(cancellationToken);
        return members.Any(m => m.IsSamePerson(chat.Author)) ? members : [chat.Author, .. members];
    }

    private static string? Problem(ProposalDraft draft, IReadOnlyList<Person> members, PartnerDirectory directory, DateOnly today)
    {
        if (draft.Text.Length == 0)
        {
            return CardTexts.Proposals_MissingText;
        }

        // The stores refuse these too, but only after the proposals before it were written: checked here, nothing is half-saved.
        if (draft.Text.Length > RecordText.MaxLength || draft.Partner?.Length > MaxPartnerLength)
        {
            return CardTexts.Proposals_TooLong;
        }

        if (ProposalsCard.Missing(draft, members) is { } missing)
        {
            return missing;
        }

        if (draft.Due < today)
        {
            return CardTexts.Proposals_PastDate;
        }

        // A near miss of a known partner ("Camara Chilena") is asked about, as the command does; a new name joins the mesa's list.
        return draft.IsCommitment && directory.Resolve(draft.Partner) is { IsKnown: false, Suggestions.Count: > 0 } resolution
            ? CardText.Format(CardTexts.Proposals_PartnerMeant, resolution.Suggestions[0].Name)
            : null;
    }
}

/// <summary>Where a card's proposals come from: its key, the source message's link, and for a session's transcript its label and number.</summary>
public sealed record ProposalSource(string Origin, string? Link, string? Session = null, int? SessionNumber = null);

/// <summary>What a press created (ids and texts), or why nothing was: each ticked proposal's problem by index.</summary>
public sealed record ProposalOutcome(IReadOnlyList<CreatedRecord> Created, IReadOnlyDictionary<int, string> Problems)
{
    /// <summary>The session the created records belong to, when the card was a session's.</summary>
    public int? Session { get; init; }
}

public sealed record CreatedRecord(RecordRef Ref, string Text);
