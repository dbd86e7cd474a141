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
            if (extraction.ErrorMessage is { } dateError)
            {
                return ChatAnswer.Say(dateError);
            }

            if (text.Length == 0 || extraction.Date is not { } due)
            {
                return ChatAnswer.Say(text.Length == 0 ? Strings.ActionItem_Usage : Strings.ActionItem_MissingDate);
            }

            return await ResponsibleAsync(chat, cancellationToken) is { } owner
                ? await create.ActionItemAsync(chat, mesa, text, owner, due, sourceMessageUrl: null, cancellationToken)
                : PersonNotFound(chat);
        }, cancellationToken);

    public Task OnCommitmentAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var draft = ParseCommitment(turn.CommandArguments, chat.Today, chat.Author, out var problem);
            if (draft is null)
            {
                return ChatAnswer.Say(problem!);
            }

            if (MentionedPeople.Of(turn.Activity).Count > 0)
            {
                if (await ResponsibleAsync(chat, cancellationToken) is not { } follower)
                {
                    return PersonNotFound(chat);
                }

                draft = draft with { FollowedBy = follower };
            }

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
        problem = extraction.ErrorMessage
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
        catch (Exception ex) when (ex is RecordValidationException or ConcurrentChangeException)
        {
            answer = ChatAnswer.Say(ex.Message);
        }

        await answer.PostAsync(turn, cancellationToken);
    }

    /// <summary>The first person @mentioned, or the author when nobody is; null when a mention is not in the roster.</summary>
    private async Task<Person?> ResponsibleAsync(ChatContext chat, CancellationToken cancellationToken) =>
        MentionedPeople.Of(chat.Turn.Activity).FirstOrDefault() is { } mention
            ? await roster.ResolveAsync(chat, mention, cancellationToken)
            : chat.Author;

    private static ChatAnswer PersonNotFound(ChatContext chat) =>
        ChatAnswer.Say(string.Format(Strings.Person_NotFound, MentionedPeople.Of(chat.Turn.Activity).FirstOrDefault()?.Name));

    // "responsable @Ana": the word only introduces the mention.
    [GeneratedRegex(@"\b(responsable|resp\.)\s*:?\s*(?=<at>)", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleWord();
}
