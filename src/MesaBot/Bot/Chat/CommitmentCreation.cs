using MesaBot.Bot.Cards;
using MesaBot.Dates;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Creating a partner's commitment, whichever way it was asked for (a typed command, the form, the
/// partner question, a message saved with "Registrar en MesaBot"): the partner named is resolved
/// against the mesa's list first. The turn's activity id goes to the store, so a turn Teams sends twice
/// creates one record.
/// </summary>
public sealed class CommitmentCreation(MesaStore mesas, OpenItemStore items, TenantPartners partners, ChileBusinessCalendar calendar)
{
    // A partner's name is a few words: "Corfo", "Cámara Chilena de la Construcción".
    private const int MaxPartnerWords = 6;

    /// <summary>
    /// "Corfo evaluar …" without the colon: when the first words are a partner the mesa knows (name or alias),
    /// the command with the colon put back ("Corfo: evaluar …"); otherwise the command unchanged. Only known
    /// partners: without the colon a new partner's name cannot be told from the text.
    /// </summary>
    public string WithPartnerColon(Mesa mesa, string command)
    {
        if (command.Contains(':', StringComparison.Ordinal))
        {
            return command;
        }

        var directory = partners.For(mesa);
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(MaxPartnerWords, words.Length - 1); count >= 1; count--)
        {
            if (directory.Find(string.Join(' ', words[..count])) is not null)
            {
                return $"{string.Join(' ', words[..count])}: {string.Join(' ', words[count..])}";
            }
        }

        return command;
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
            var held = new HeldCommitment(draft.OriginalCommand, draft.Text, draft.FollowedBy.ObjectId, draft.Origin ?? chat.Turn.Activity.Id ?? string.Empty)
            {
                OverdueConfirmed = draft.OverdueConfirmed,
            };
            return ChatAnswer.Show(PartnerSuggestionCard.Build(draft.Partner, [.. resolution.Suggestions.Select(s => s.Name)], draft.OriginalCommand, held.Data(draft.DueDate)));
        }

        if (!resolution.IsKnown)
        {
            mesa = await mesas.AddPartnerAsync(mesa, new Partner(draft.Partner, []), chat.Author, cancellationToken);
        }

        var commitment = await items.CreateCommitmentAsync(mesa,
            new NewCommitment(resolution.Partner?.Name ?? draft.Partner, draft.Text, draft.DueDate, draft.FollowedBy, draft.ContactName, draft.ContactEmail, draft.SourceMessageUrl)
            {
                OverdueConfirmed = draft.OverdueConfirmed,
                DueTime = draft.DueTime,
            },
            chat.Author, draft.Origin ?? chat.Turn.Activity.Id, cancellationToken);
        var card = await chat.CreatedCardAsync(ItemView.Of(mesa, commitment), cancellationToken);
        return ChatAnswer.Show(ItemCreatedCard.NoteDueDay(card, mesa, commitment, calendar, chat.Today));
    }
}

/// <summary>A commitment as asked for, before its partner is resolved.</summary>
public sealed record CommitmentDraft(string Partner, string Text, DateOnly DueDate, Person FollowedBy, string OriginalCommand)
{
    /// <summary>The id of the message that asked for it, when a question's button creates it (the idempotency key).</summary>
    public string? Origin { get; init; }

    /// <summary>The author chose to record a past date as overdue.</summary>
    public bool OverdueConfirmed { get; init; }

    /// <summary>The time of day written with the date ("a las 15:00").</summary>
    public TimeOnly? DueTime { get; init; }

    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? SourceMessageUrl { get; init; }
}
