using System.Text.RegularExpressions;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The typed creation commands: `acuerdo &lt;texto&gt;`, `tarea &lt;texto&gt; @persona para &lt;fecha&gt;`
/// (also `responsable @persona`, `plazo &lt;fecha&gt;`, `vence &lt;fecha&gt;`) and
/// `compromiso &lt;socio&gt;: &lt;texto&gt; para &lt;fecha&gt;`. The turn's activity id goes to the store,
/// so a message Teams sends twice creates one record.
/// </summary>
public sealed partial class CreateRecordHandlers(
    AgreementStore agreements, OpenItemStore items, CommitmentCreation commitments, CreationChoiceHandler questions, ChileBusinessCalendar calendar)
{
    public static readonly string[] AgreementCommands = ["acuerdo", "agreement"];
    public static readonly string[] ActionItemCommands = ["tarea", "task"];
    public static readonly string[] CommitmentCommands = ["compromiso", "commitment"];

    public async Task OnAgreementAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var text = MentionedPeople.WithoutMentionTags(chat.Arguments);
        if (text.Length == 0)
        {
            await chat.SayAsync(Strings.Agreement_Usage, cancellationToken);
            return;
        }

        var agreement = await agreements.CreateAsync(chat.Mesa!, new NewAgreement(text, chat.Today), chat.Author, chat.Turn.Activity.Id, cancellationToken);
        await chat.ShowAsync(AgreementCreatedCard.Build(chat.Mesa!, agreement, chat.Today, chat.InsideMesa), cancellationToken);
    }

    public async Task OnActionItemAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        // Mentions are read from the entities; without their tags a date may also come after them ("… el viernes @Ana").
        var command = MentionedPeople.WithoutMentionTags(ResponsibleWord().Replace(chat.Arguments, " "));
        var extraction = SpanishDateParser.ExtractDueDate(Spaces().Replace(command, " "), chat.Today, calendar);
        var text = EmailAddress().Replace(extraction.Text, " ").Trim();
        var vague = extraction.Error is { Key: DateErrors.TooVague } tooVague && extraction.Suggestions.Count > 0 ? (string)tooVague.Arguments[0] : null;
        if (extraction.Error is { } dateError && vague is null)
        {
            await chat.SayAsync(ErrorText.For(dateError), cancellationToken);
            return;
        }

        if (text.Length == 0 || (extraction.Date is null && vague is null))
        {
            await chat.SayAsync(text.Length == 0 ? Strings.ActionItem_Usage : Strings.ActionItem_MissingDate, cancellationToken);
            return;
        }

        var (owner, problem) = await ResponsibleAsync(chat, extraction.Text, byAddress: true, orAuthor: false, cancellationToken);
        if (problem is not null)
        {
            await chat.SayAsync(problem, cancellationToken);
            return;
        }

        // Nothing is created while something is unsure: a vague date, a date already past, nobody named.
        if (vague is not null || owner is null || extraction.Date < chat.Today)
        {
            await questions.AskAsync(chat, new HeldTask(text, owner?.ObjectId, chat.Turn.Activity.Id ?? string.Empty) { DueTime = extraction.DueTime }, extraction, vague, cancellationToken);
            return;
        }

        var item = await items.CreateTaskAsync(chat.Mesa!, new NewActionItem(text, owner, extraction.Date!.Value) { DueTime = extraction.DueTime }, chat.Author, chat.Turn.Activity.Id, cancellationToken);
        var card = await chat.CreatedCardAsync(ItemView.Of(chat.Mesa!, item), cancellationToken);
        await chat.ShowAsync(ItemCreatedCard.NoteDueDay(card, chat.Mesa!, item, calendar, chat.Today), cancellationToken);
    }

    public async Task OnCommitmentAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var command = commitments.WithPartnerColon(chat.Mesa!, chat.Arguments);
        var draft = ParseCommitment(command, chat.Today, chat.Author, out var problem, out var extraction, calendar);
        var vague = extraction?.Error is { Key: DateErrors.TooVague } tooVague && extraction.Suggestions.Count > 0 ? (string)tooVague.Arguments[0] : null;
        if (vague is not null)
        {
            // The rest of it must hold whichever day is picked.
            draft = ParseCommitment(command, chat.Today, chat.Author, out problem, calendar, extraction!.Suggestions[0]);
        }

        if (draft is null)
        {
            await chat.SayAsync(problem!, cancellationToken);
            return;
        }

        // In a commitment an e-mail address is the partner's contact; the follower is @mentioned or the author.
        var (follower, followerProblem) = await ResponsibleAsync(chat, command, byAddress: false, orAuthor: true, cancellationToken);
        if (follower is null)
        {
            await chat.SayAsync(followerProblem!, cancellationToken);
            return;
        }

        // As for tareas, nothing is created on a vague or past date: the buttons carry the command back.
        if (vague is not null || draft.DueDate < chat.Today)
        {
            var held = new HeldCommitment(command, CommitmentShown(command, extraction!), follower.ObjectId, chat.Turn.Activity.Id ?? string.Empty);
            await chat.ShowAsync(vague is not null
                ? DateQuestionCard.Vague(held, vague, extraction!.Suggestions, chat.Today)
                : DateQuestionCard.Past(held, draft.DueDate, extraction!.NextOccurrence, chat.Today), cancellationToken);
            return;
        }

        draft = draft with { FollowedBy = follower, ContactEmail = ContactIn(draft.Text) };
        await chat.AnswerAsync(await commitments.CommitmentAsync(chat, chat.Mesa!, draft, newPartnerConfirmed: false, cancellationToken), cancellationToken);
    }

    /// <summary>"CChC: enviar propuesta para el 15/12" → partner, text and date; null with the reason when it cannot.</summary>
    /// <param name="chosenDue">The day picked on a date question, which stands for the date written (past or vague).</param>
    public static CommitmentDraft? ParseCommitment(string command, DateOnly today, Person author, out string? problem, ChileBusinessCalendar? calendar = null, DateOnly? chosenDue = null) =>
        ParseCommitment(command, today, author, out problem, out _, calendar, chosenDue);

    /// <summary>The partner's contact: an e-mail address in the commitment's text.</summary>
    public static string? ContactIn(string text) => EmailAddress().Match(text) is { Success: true } contact ? contact.Value : null;

    private static CommitmentDraft? ParseCommitment(
        string command, DateOnly today, Person author, out string? problem, out DueDateExtraction? extraction, ChileBusinessCalendar? calendar = null, DateOnly? chosenDue = null)
    {
        var colon = command.IndexOf(':');
        extraction = null;
        if (colon <= 0)
        {
            problem = Strings.Commitment_Usage;
            return null;
        }

        var partner = MentionedPeople.WithoutMentionTags(command[..colon]);
        extraction = SpanishDateParser.ExtractDueDate(command[(colon + 1)..], today, calendar);
        var text = MentionedPeople.WithoutMentionTags(extraction.Text);
        var due = chosenDue ?? extraction.Date;
        problem = (chosenDue is null && extraction.Error is { } dateError ? ErrorText.For(dateError) : null)
            ?? (partner.Length == 0 || text.Length == 0 ? Strings.Commitment_Usage
            : due is null ? Strings.Commitment_MissingDate : null);
        return problem is null ? new CommitmentDraft(partner, text, due!.Value, author, command) { DueTime = extraction.DueTime } : null;
    }

    // What a date question quotes: "CChC: enviar planos", without the date clause.
    private static string CommitmentShown(string command, DueDateExtraction extraction) =>
        $"{MentionedPeople.WithoutMentionTags(command[..command.IndexOf(':')])}: {MentionedPeople.WithoutMentionTags(extraction.Text)}";

    /// <summary>
    /// Who answers for it: the first person @mentioned, else an e-mail address in the text (someone who
    /// may never have opened the bot), else the author when <paramref name="orAuthor"/> (a tarea asks instead).
    /// The reason when the person named cannot be used.
    /// </summary>
    private static async Task<(Person? Person, string? Problem)> ResponsibleAsync(ChatContext chat, string text, bool byAddress, bool orAuthor, CancellationToken cancellationToken)
    {
        var lookup = MentionedPeople.Of(chat.Activity).FirstOrDefault() is { } mention
            ? await chat.Roster.ResolveAsync(mention, cancellationToken)
            : byAddress && EmailAddress().Match(text) is { Success: true } address
                ? await chat.Roster.ResolveAddressAsync(address.Value, cancellationToken)
                : null;
        return lookup is null ? (orAuthor ? chat.Author : null, null) : lookup.Found ? (lookup.Person.Person, null) : (null, lookup.Message);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "responsable @Ana": the word only introduces the mention.
    [GeneratedRegex(@"\b(responsable|resp\.)\s*:?\s*(?=<at>|[A-Za-z0-9._%+\-]+@)", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleWord();
}
