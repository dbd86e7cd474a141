using MesaBot.Bot.Cards;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Creating agreements, tasks and commitments, whichever way they were asked for: a typed command, the
/// creation forms, the partner question, or a message saved with "Registrar en MesaBot". The turn's
/// activity id goes to the store, so a turn Teams sends twice creates one record.
/// </summary>
public sealed class RecordCreation(
    MesaStore mesas,
    AgreementStore agreements,
    OpenItemStore items,
    TenantPartners partners)
{
    public async Task<ChatAnswer> AgreementAsync(ChatContext chat, Mesa mesa, string text, string? sourceMessageUrl, CancellationToken cancellationToken)
    {
        var agreement = await agreements.CreateAsync(mesa, new NewAgreement(text, chat.TodayAt(mesa), SourceMessageUrl: sourceMessageUrl),
            chat.Author, chat.Turn.Activity.Id, cancellationToken);
        return ChatAnswer.Show(AgreementCreatedCard.Build(mesa, agreement, chat.TodayAt(mesa), chat.InsideMesa));
    }

    public async Task<ChatAnswer> ActionItemAsync(ChatContext chat, Mesa mesa, string text, Person owner, DateOnly due, string? sourceMessageUrl, CancellationToken cancellationToken)
    {
        var item = await items.CreateTaskAsync(mesa, new NewActionItem(text, owner, due, SourceMessageUrl: sourceMessageUrl),
            chat.Author, chat.Turn.Activity.Id, cancellationToken);
        return ChatAnswer.Show(await chat.CreatedCardAsync(ItemView.Of(mesa, item), cancellationToken));
    }

    /// <summary>
    /// A commitment of a partner as typed. A near miss of a known partner asks back ("¿Te refieres a…?")
    /// unless <paramref name="newPartnerConfirmed"/>; a genuinely new partner joins the mesa's list.
    /// </summary>
    public async Task<ChatAnswer> CommitmentAsync(ChatContext chat, Mesa mesa, CommitmentDraft draft, bool newPartnerConfirmed, CancellationToken cancellationToken)
    {
        var resolution = partners.For(mesa).Resolve(draft.Partner);
        if (!resolution.IsKnown && resolution.Suggestions.Count > 0 && !newPartnerConfirmed)
        {
            return ChatAnswer.Show(PartnerSuggestionCard.Build(draft.Partner, [.. resolution.Suggestions.Select(s => s.Name)], draft.OriginalCommand));
        }

        if (!resolution.IsKnown)
        {
            mesa = await mesas.AddPartnerAsync(mesa, new Partner(draft.Partner, []), chat.Author, cancellationToken);
        }

        var commitment = await items.CreateCommitmentAsync(mesa,
            new NewCommitment(resolution.Partner?.Name ?? draft.Partner, draft.Text, draft.DueDate, draft.FollowedBy, draft.ContactName, draft.ContactEmail, draft.SourceMessageUrl),
            chat.Author, chat.Turn.Activity.Id, cancellationToken);
        return ChatAnswer.Show(await chat.CreatedCardAsync(ItemView.Of(mesa, commitment), cancellationToken));
    }
}

/// <summary>A commitment as asked for, before its partner is resolved.</summary>
public sealed record CommitmentDraft(string Partner, string Text, DateOnly DueDate, Person FollowedBy, string OriginalCommand)
{
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? SourceMessageUrl { get; init; }
}
