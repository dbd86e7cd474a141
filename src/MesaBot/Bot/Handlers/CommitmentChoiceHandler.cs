using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Protocol;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The buttons of the questions a compromiso may need before it is created: its date (past or vague,
/// <see cref="DateQuestionCard"/>) and its partner ("¿Te refieres a …?", <see cref="PartnerSuggestionCard"/>).
/// Each carries the command as typed and what is already settled (<see cref="HeldCommitment"/>): the date
/// chosen, the follower and the id of the message that asked, the idempotency key of the creation.
/// </summary>
public sealed class CommitmentChoiceHandler(CommitmentCreation commitments, ChileBusinessCalendar calendar)
{
    /// <summary>A day chosen on the date question: create it (or ask about its partner).</summary>
    public async Task<InvokeResponse> OnDateChoiceAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        var answer = await CreateAsync(chat, data, partner: null, newPartnerConfirmed: false, cancellationToken);
        if (answer.Card is { } card)
        {
            // Everyone in the conversation sees the question become its answer, so nobody presses the other button.
            await chat.UpdatePressedCardAsync(card, cancellationToken);
        }

        return answer.ToInvokeResponse();
    }

    /// <summary>"¿Te refieres a …?": create the commitment with the partner picked, or as a new partner.</summary>
    public async Task<InvokeResponse> OnPartnerChoiceAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        return data[ItemData.Partner] is { } partner
            ? (await CreateAsync(chat, data, partner, data[ItemData.NewPartner] == "si", cancellationToken)).ToInvokeResponse()
            : CardInvokeResponses.Card(NoticeCard.Info(Strings.Item_CardStale));
    }

    private async Task<ChatAnswer> CreateAsync(ChatContext chat, CardActionData data, string? partner, bool newPartnerConfirmed, CancellationToken cancellationToken)
    {
        if (chat.Mesa is not { Archived: false } mesa || data[ItemData.Draft] is not { } command)
        {
            return ChatAnswer.Say(Strings.Item_CardStale);
        }

        // Cards sent before the partner question carried the date and follower hold only the command.
        DateOnly? chosen = DateOnly.TryParseExact(data[HeldTask.DueKey], "yyyy-MM-dd", out var due) ? due : null;
        var draft = CreateRecordHandlers.ParseCommitment(command, chat.Today, chat.Author, out var problem, calendar, chosen);
        if (draft is null)
        {
            return ChatAnswer.Say(problem!);
        }

        var follower = await FollowerAsync(chat, data[HeldCommitment.FollowerKey], cancellationToken);
        if (follower is null)
        {
            return ChatAnswer.Say(Strings.Item_CardStale);
        }

        var overdue = data[HeldTask.OverdueKey] == "si";
        var origin = data[HeldTask.OriginKey];
        if (draft.DueDate < chat.Today && !overdue)
        {
            var held = new HeldCommitment(command, draft.Text, follower.ObjectId, origin ?? chat.Turn.Activity.Id ?? string.Empty);
            return ChatAnswer.Show(DateQuestionCard.Past(held, draft.DueDate, nextOccurrence: null, chat.Today));
        }

        draft = draft with
        {
            Partner = partner ?? draft.Partner,
            FollowedBy = follower,
            ContactEmail = CreateRecordHandlers.ContactIn(draft.Text),
            Origin = origin,
            OverdueConfirmed = overdue,
        };
        return await commitments.CommitmentAsync(chat, mesa, draft, newPartnerConfirmed, cancellationToken);
    }

    // The author, or a member of this conversation; a card without one is the author's (as the command was).
    private static async Task<Person?> FollowerAsync(ChatContext chat, string? objectId, CancellationToken cancellationToken) =>
        objectId is null || string.Equals(objectId, chat.Author.ObjectId, StringComparison.OrdinalIgnoreCase)
            ? chat.Author
            : (await chat.Roster.PeopleAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));
}
