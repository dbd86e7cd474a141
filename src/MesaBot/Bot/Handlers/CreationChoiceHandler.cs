using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Protocol;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// A tarea the bot asks about before creating it, in this order: a vague date ("para marzo"), a past one
/// ("27/11" on 1 December), no owner. Each question's buttons carry the whole tarea (<see cref="HeldTask"/>)
/// to <see cref="OnChoiceAsync"/>, which asks the next question or creates it. The creation's idempotency key
/// is the id of the message that asked, so a double press, or both buttons pressed, create one tarea.
/// </summary>
public sealed class CreationChoiceHandler(OpenItemStore items, ChileBusinessCalendar calendar)
{
    /// <summary>The typed command's question: the caller found its date vague or past, or no owner named.</summary>
    public async Task AskAsync(ChatContext chat, HeldTask task, DueDateExtraction extraction, string? vaguePhrase, CancellationToken cancellationToken)
    {
        var card = vaguePhrase is not null
            ? DateQuestionCard.Vague(task, vaguePhrase, extraction.Suggestions, chat.Today)
            : await QuestionAsync(chat, task, extraction.Date!.Value, extraction.NextOccurrence, cancellationToken);
        await chat.ShowAsync(card!, cancellationToken);
    }

    /// <summary>A button of a question: ask the next one, or create the tarea and show its card to everyone.</summary>
    public async Task<InvokeResponse> OnChoiceAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (data[HeldTask.TextKey] is not { } text || data[HeldTask.OriginKey] is not { } origin
            || !DateOnly.TryParseExact(data[HeldTask.DueKey], "yyyy-MM-dd", out var due))
        {
            return CardInvokeResponses.Card(NoticeCard.Info(Strings.Item_CardStale));
        }

        var owner = await OwnerAsync(chat, data[HeldTask.OwnerKey], cancellationToken);
        var task = new HeldTask(text, owner?.ObjectId, origin)
        {
            OverdueConfirmed = data[HeldTask.OverdueKey] == "si",
            DueTime = TimeOnly.TryParseExact(data[HeldTask.TimeKey], "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) ? time : null,
        };
        if (await QuestionAsync(chat, task, due, nextOccurrence: null, cancellationToken) is { } question)
        {
            return CardInvokeResponses.Card(question);
        }

        var item = await items.CreateTaskAsync(chat.Mesa!, new NewActionItem(text, owner!, due) { OverdueConfirmed = due < chat.Today, DueTime = task.DueTime },
            chat.Author, origin, cancellationToken);
        var card = await CreatedCardAsync(chat, item, cancellationToken);
        // Everyone in the conversation sees the question become the tarea, so nobody presses the other button.
        await chat.UpdatePressedCardAsync(card, cancellationToken);
        return CardInvokeResponses.Card(card);
    }

    /// <summary>The created card, with the weekend or holiday note when the date falls on one.</summary>
    private async Task<AdaptiveCard> CreatedCardAsync(ChatContext chat, OpenItem item, CancellationToken cancellationToken) =>
        ItemCreatedCard.NoteDueDay(await chat.CreatedCardAsync(ItemView.Of(chat.Mesa!, item), cancellationToken), chat.Mesa!, item, calendar, chat.Today);

    private async Task<AdaptiveCard?> QuestionAsync(ChatContext chat, HeldTask task, DateOnly due, DateOnly? nextOccurrence, CancellationToken cancellationToken)
    {
        if (due < chat.Today && !task.OverdueConfirmed)
        {
            return DateQuestionCard.Past(task, due, nextOccurrence, chat.Today);
        }

        if (task.OwnerId is null)
        {
            var members = await chat.Roster.PeopleAsync(cancellationToken);
            return OwnerQuestionCard.Build(task, due, chat.Author, MentionedPeople.NamedIn(task.Text, members), members);
        }

        return null;
    }

    private static async Task<Person?> OwnerAsync(ChatContext chat, string? objectId, CancellationToken cancellationToken)
    {
        if (objectId is null)
        {
            return null;
        }

        return string.Equals(objectId, chat.Author.ObjectId, StringComparison.OrdinalIgnoreCase)
            ? chat.Author
            : (await chat.Roster.PeopleAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));
    }
}
