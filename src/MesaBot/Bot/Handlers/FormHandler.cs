using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The card forms: `nueva tarea`, `nuevo acuerdo`, `nuevo compromiso` (typed, or from the help card's
/// buttons) open one; its "Guardar" creates the record and the form turns into the record's card.
/// Also the answer to "¿Te refieres a …?" for a partner.
/// </summary>
public sealed class FormHandler(ChatContextFactory contexts, ChatGuards guards, RosterPeople roster, RecordCreation create)
{
    public static readonly string[] NewActionItemCommands = ["nueva tarea", "new task"];
    public static readonly string[] NewAgreementCommands = ["nuevo acuerdo", "new agreement"];
    public static readonly string[] NewCommitmentCommands = ["nuevo compromiso", "new commitment"];

    public const string ActionItemKind = "tarea";
    public const string AgreementKind = "acuerdo";
    public const string CommitmentKind = "compromiso";

    public Task OnNewActionItemAsync(TurnContext turn, CancellationToken ct) => PostFormAsync(turn, ActionItemKind, ct);

    public Task OnNewAgreementAsync(TurnContext turn, CancellationToken ct) => PostFormAsync(turn, AgreementKind, ct);

    public Task OnNewCommitmentAsync(TurnContext turn, CancellationToken ct) => PostFormAsync(turn, CommitmentKind, ct);

    /// <summary>The help card's "Nueva tarea" etc.: the form replaces the help card for whoever pressed.</summary>
    public async Task<InvokeResponse> OnOpenFormAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (chat.Mesa is not { Archived: false })
        {
            return CardInvokeResponses.Card(NoticeCard.Info(chat.IsPersonal ? Strings.Guard_PersonalChatNoMesa : Strings.Guard_NotLinked));
        }

        return CardInvokeResponses.Card(await FormAsync(chat, CardActionData.Of(turn.Activity)["tipo"] ?? ActionItemKind, cancellationToken));
    }

    public async Task<InvokeResponse> OnSubmitFormAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        var data = CardActionData.Of(turn.Activity);
        return (await SaveAsync(chat, data, sourceMessageUrl: null, cancellationToken)).ToInvokeResponse();
    }

    /// <summary>"¿Te refieres a …?": create the commitment with the partner picked, or as a new partner.</summary>
    public async Task<InvokeResponse> OnChoosePartnerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        var data = CardActionData.Of(turn.Activity);
        if (chat.Mesa is not { Archived: false } mesa || data["borrador"] is not { } command || data["socio"] is not { } partner)
        {
            return CardInvokeResponses.Card(NoticeCard.Info(Strings.Item_CardStale));
        }

        return (await AnswerAsync(async () =>
        {
            var draft = CreateRecordHandlers.ParseCommitment(command, chat.Today, chat.Author, out var problem);
            return draft is null
                ? ChatAnswer.Say(problem!)
                : await create.CommitmentAsync(chat, mesa, draft with { Partner = partner }, newPartnerConfirmed: data["nuevo"] == "si", cancellationToken);
        })).ToInvokeResponse();
    }

    private async Task PostFormAsync(TurnContext turn, string kind, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not null && await guards.MayWriteAsync(chat, cancellationToken))
        {
            await turn.ShowAsync(await FormAsync(chat, kind, cancellationToken), cancellationToken);
        }
    }

    private async Task<AdaptiveCard> FormAsync(ChatContext chat, string kind, CancellationToken cancellationToken)
    {
        var members = await roster.MembersAsync(chat, cancellationToken);
        return kind switch
        {
            AgreementKind => AgreementFormCard.Build(chat.Today),
            CommitmentKind => CommitmentFormCard.Build(members, chat.Today, chat.Author.ObjectId),
            _ => ActionItemFormCard.Build(members, chat.Today, chat.Author.ObjectId),
        };
    }

    /// <summary>Creates what a form describes (inputs tipo, texto, fecha, responsable, socio, contacto).</summary>
    public async Task<ChatAnswer> SaveAsync(ChatContext chat, CardActionData data, string? sourceMessageUrl, CancellationToken cancellationToken)
    {
        if (chat.Mesa is not { Archived: false } mesa)
        {
            return ChatAnswer.Say(chat.IsPersonal ? Strings.Guard_PersonalChatNoMesa : Strings.Guard_NotLinked);
        }

        if (!mesa.GuestsMayWrite && await roster.IsGuestAsync(chat, cancellationToken))
        {
            return ChatAnswer.Say(Strings.Guard_GuestReadOnly);
        }

        var text = data["texto"]?.Trim();
        var due = DateOnly.TryParseExact(data["fecha"], "yyyy-MM-dd", out var date) ? date : (DateOnly?)null;
        // An empty member list means the form had no picker: the record is the sender's.
        var person = data["responsable"] is { } objectId
            ? (await roster.MembersAsync(chat, cancellationToken)).FirstOrDefault(p => p.ObjectId == objectId)
            : chat.Author;
        var kind = data["tipo"] ?? ActionItemKind;
        if (string.IsNullOrEmpty(text) || (kind != AgreementKind && (due is null || person is null)))
        {
            return ChatAnswer.Say(Strings.Form_Incomplete);
        }

        return await AnswerAsync(() => kind switch
        {
            AgreementKind => create.AgreementAsync(chat, mesa, text, sourceMessageUrl, cancellationToken),
            CommitmentKind when data["socio"] is { } partner => create.CommitmentAsync(chat, mesa,
                new CommitmentDraft(partner.Trim(), text, due!.Value, person!, $"{partner}: {text}")
                {
                    ContactName = data["contacto"],
                    SourceMessageUrl = sourceMessageUrl,
                },
                newPartnerConfirmed: false, cancellationToken),
            CommitmentKind => Task.FromResult(ChatAnswer.Say(Strings.Form_Incomplete)),
            _ => create.ActionItemAsync(chat, mesa, text, person!, due!.Value, sourceMessageUrl, cancellationToken),
        });
    }

    // The stores' Spanish refusals (validation, a concurrent change) become the answer itself.
    private static async Task<ChatAnswer> AnswerAsync(Func<Task<ChatAnswer>> create)
    {
        try
        {
            return await create();
        }
        catch (RecordException ex) when (ex.Kind != RecordErrorKind.NotFound)
        {
            return ChatAnswer.Say(ErrorText.For(ex));
        }
    }
}
