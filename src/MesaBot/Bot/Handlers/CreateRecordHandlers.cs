using System.Text.RegularExpressions;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `acuerdo &lt;texto&gt;`, `tarea &lt;texto&gt; @persona para &lt;fecha&gt;` and
/// `compromiso &lt;socio&gt;: &lt;texto&gt; para &lt;fecha&gt;`. The activity id goes to the store, so a turn
/// Teams sends twice creates one record.
/// </summary>
public sealed partial class CreateRecordHandlers(
    ChatContextFactory contexts,
    ChatGuards guards,
    RosterPeople roster,
    MesaStore mesas,
    AgreementStore agreements,
    ActionItemStore actionItems,
    CommitmentStore commitments,
    TenantPartners partners,
    RecordReplies replies)
{
    public static readonly string[] AgreementCommands = ["acuerdo", "agreement"];
    public static readonly string[] ActionItemCommands = ["tarea", "task"];
    public static readonly string[] CommitmentCommands = ["compromiso", "commitment"];

    public Task OnAgreementAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var text = MentionedPeople.WithoutMentionTags(turn.CommandArguments);
            if (text.Length == 0)
            {
                await turn.SayAsync(Strings.Agreement_Usage, cancellationToken);
                return;
            }

            var agreement = await agreements.CreateAsync(mesa, new NewAgreement(text, chat.Today), chat.Author, turn.Activity.Id, cancellationToken);
            await replies.AgreementCreatedAsync(chat, mesa, agreement, cancellationToken);
        }, cancellationToken);

    public Task OnActionItemAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var extraction = SpanishDateParser.ExtractDueDate(ResponsibleWord().Replace(turn.CommandArguments, " "), chat.Today);
            var text = MentionedPeople.WithoutMentionTags(extraction.Text);
            if (extraction.ErrorMessage is { } dateError)
            {
                await turn.SayAsync(dateError, cancellationToken);
                return;
            }

            if (text.Length == 0 || extraction.Date is not { } due)
            {
                await turn.SayAsync(text.Length == 0 ? Strings.ActionItem_Usage : Strings.ActionItem_MissingDate, cancellationToken);
                return;
            }

            if (await ResponsibleAsync(chat, cancellationToken) is not { } owner)
            {
                return;
            }

            var item = await actionItems.CreateAsync(mesa, new NewActionItem(text, owner, due), chat.Author, turn.Activity.Id, cancellationToken);
            await replies.ItemCreatedAsync(chat, ItemView.Of(mesa, item), cancellationToken);
        }, cancellationToken);

    public Task OnCommitmentAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CreateAsync(turn, async (chat, mesa) =>
        {
            var args = turn.CommandArguments;
            var colon = args.IndexOf(':');
            if (colon <= 0)
            {
                await turn.SayAsync(Strings.Commitment_Usage, cancellationToken);
                return;
            }

            var partnerName = MentionedPeople.WithoutMentionTags(args[..colon]);
            var extraction = SpanishDateParser.ExtractDueDate(args[(colon + 1)..], chat.Today);
            var text = MentionedPeople.WithoutMentionTags(extraction.Text);
            if (extraction.ErrorMessage is { } dateError)
            {
                await turn.SayAsync(dateError, cancellationToken);
                return;
            }

            if (partnerName.Length == 0 || text.Length == 0 || extraction.Date is not { } due)
            {
                await turn.SayAsync(extraction.Date is null && text.Length > 0 ? Strings.Commitment_MissingDate : Strings.Commitment_Usage, cancellationToken);
                return;
            }

            var resolution = partners.For(mesa).Resolve(partnerName);
            if (!resolution.IsKnown && resolution.Suggestions.Count > 0)
            {
                await replies.AskPartnerAsync(chat, mesa, partnerName, resolution.Suggestions, args, cancellationToken);
                return;
            }

            if (await ResponsibleAsync(chat, cancellationToken) is not { } follower)
            {
                return;
            }

            var partner = resolution.Partner?.Name ?? partnerName;
            if (!resolution.IsKnown)
            {
                // A genuinely new partner joins the mesa's own list on first use.
                mesa = await mesas.AddPartnerAsync(mesa, new Partner(partnerName, []), chat.Author, cancellationToken);
            }

            var commitment = await commitments.CreateAsync(mesa, new NewCommitment(partner, text, due, follower), chat.Author, turn.Activity.Id, cancellationToken);
            await replies.ItemCreatedAsync(chat, ItemView.Of(mesa, commitment), cancellationToken);
        }, cancellationToken);

    private async Task CreateAsync(TurnContext turn, Func<ChatContext, Mesa, Task> create, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa || !await guards.MayWriteAsync(chat, cancellationToken))
        {
            return;
        }

        try
        {
            await create(chat, mesa);
        }
        catch (Exception ex) when (ex is RecordValidationException or ConcurrentChangeException)
        {
            await turn.SayAsync(ex.Message, cancellationToken);
        }
    }

    /// <summary>The first person @mentioned, or the author when nobody is.</summary>
    private async Task<Person?> ResponsibleAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (MentionedPeople.Of(chat.Turn.Activity).FirstOrDefault() is not { } mention)
        {
            return chat.Author;
        }

        var person = await roster.ResolveAsync(chat, mention, cancellationToken);
        if (person is null)
        {
            await chat.Turn.SayAsync(string.Format(Strings.Person_NotFound, mention.Name), cancellationToken);
        }

        return person;
    }

    // "responsable @Ana": the word only introduces the mention.
    [GeneratedRegex(@"\b(responsable|resp\.)\s*:?\s*(?=<at>)", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleWord();
}
