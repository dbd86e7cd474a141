using System.Text.RegularExpressions;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The typed creation commands: `acuerdo &lt;texto&gt;`, `tarea &lt;texto&gt; @persona para &lt;fecha&gt;`
/// (also `responsable @persona`, `plazo &lt;fecha&gt;`, `vence &lt;fecha&gt;`) and
/// `compromiso &lt;socio&gt;: &lt;texto&gt; para &lt;fecha&gt;`.
/// </summary>
public sealed partial class CreateRecordHandlers(ChatContextFactory contexts, ChatGuards guards, RosterPeople roster, RecordCreation create)
{
    public static readonly string[] AgreementCommands = ["acuerdo", "agreement"];
    public static readonly string[] ActionItemCommands = ["tarea", "task"];
    public static readonly string[] CommitmentCommands = ["compromiso", "commitment"];

    public Task OnAgreementAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var text = MentionedPeople.WithoutMentionTags(turn.CommandArguments);
            return text.Length == 0
                ? ChatAnswer.Say(Strings.Agreement_Usage)
                : await create.AgreementAsync(chat, mesa, text, sourceMessageUrl: null, cancellationToken);
        }, cancellationToken);

    public Task OnActionItemAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var extraction = SpanishDateParser.ExtractDueDate(ResponsibleWord().Replace(turn.CommandArguments, " "), chat.Today);
            var text = MentionedPeople.WithoutMentionTags(extraction.Text);
            if (extraction.Error is { } dateError)
            {
                return ChatAnswer.Say(ErrorText.For(dateError));
            }

            if (text.Length == 0 || extraction.Date is not { } due)
            {
                return ChatAnswer.Say(text.Length == 0 ? Strings.ActionItem_Usage : Strings.ActionItem_MissingDate);
            }

            var (owner, problem) = await ResponsibleAsync(chat, text, byAddress: true, cancellationToken);
            return owner is null
                ? ChatAnswer.Say(problem!)
                : await create.ActionItemAsync(chat, mesa, EmailAddress().Replace(text, " ").Trim(), owner, due, sourceMessageUrl: null, cancellationToken);
        }, cancellationToken);

    public Task OnCommitmentAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var draft = ParseCommitment(turn.CommandArguments, chat.Today, chat.Author, out var problem);
            if (draft is null)
            {
                return ChatAnswer.Say(problem!);
            }

            // In a commitment an e-mail address is the partner's contact; the follower is @mentioned or the author.
            var (follower, problem2) = await ResponsibleAsync(chat, draft.Text, byAddress: false, cancellationToken);
            if (follower is null)
            {
                return ChatAnswer.Say(problem2!);
            }

            draft = draft with { FollowedBy = follower, ContactEmail = EmailAddress().Match(draft.Text) is { Success: true } contact ? contact.Value : null };

            return await create.CommitmentAsync(chat, mesa, draft, newPartnerConfirmed: false, cancellationToken);
        }, cancellationToken);

    /// <summary>"CChC: enviar propuesta para el 15/12" → partner, text and date; null with the reason when it cannot.</summary>
    public static CommitmentDraft? ParseCommitment(string command, DateOnly today, Person author, out string? problem)
    {
        var colon = command.IndexOf(':');
        if (colon <= 0)
        {
            problem = Strings.Commitment_Usage;
            return null;
        }

        var partner = MentionedPeople.WithoutMentionTags(command[..colon]);
        var extraction = SpanishDateParser.ExtractDueDate(command[(colon + 1)..], today);
        var text = MentionedPeople.WithoutMentionTags(extraction.Text);
        problem = (extraction.Error is { } dateError ? ErrorText.For(dateError) : null)
            ?? (partner.Length == 0 || text.Length == 0 ? Strings.Commitment_Usage
            : extraction.Date is null ? Strings.Commitment_MissingDate : null);
        return problem is null ? new CommitmentDraft(partner, text, extraction.Date!.Value, author, command) : null;
    }

    private async Task CreateAsync(TurnContext turn, Func<ChatContext, Mesa, Task<ChatAnswer>> create, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa || !await guards.MayWriteAsync(chat, cancellationToken))
        {
            return;
        }

        ChatAnswer answer;
        try
        {
            answer = await create(chat, mesa);
        }
        catch (RecordException ex) when (ex.Kind != RecordErrorKind.NotFound)
        {
            answer = ChatAnswer.Say(ErrorText.For(ex));
        }

        await answer.PostAsync(turn, cancellationToken);
    }

    /// <summary>
    /// Who answers for it: the first person @mentioned, else an e-mail address in the text (someone who
    /// may never have opened the bot), else the author. Null with the reason when the person cannot be used.
    /// </summary>
    private async Task<(Person? Person, string? Problem)> ResponsibleAsync(ChatContext chat, string text, bool byAddress, CancellationToken cancellationToken)
    {
        var lookup = MentionedPeople.Of(chat.Turn.Activity).FirstOrDefault() is { } mention
            ? await roster.ResolveAsync(chat, mention, cancellationToken)
            : byAddress && EmailAddress().Match(text) is { Success: true } address
                ? await roster.ResolveAddressAsync(address.Value, cancellationToken)
                : null;
        return lookup is null ? (chat.Author, null) : lookup.Found ? (lookup.Person.Person, null) : (null, lookup.Message);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    // "responsable @Ana": the word only introduces the mention.
    [GeneratedRegex(@"\b(responsable|resp\.)\s*:?\s*(?=<at>|[A-Za-z0-9._%+\-]+@)", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleWord();
}
