using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The card forms: `nueva tarea`, `nuevo acuerdo`, `nuevo compromiso` (typed, or from the help card's
/// buttons) open one; its "Guardar" creates the record and the form turns into the record's card.
/// </summary>
public sealed class FormHandler(AgreementStore agreements, OpenItemStore items, CommitmentCreation commitments)
{
    public static readonly string[] NewActionItemCommands = ["nueva tarea", "new task"];
    public static readonly string[] NewAgreementCommands = ["nuevo acuerdo", "new agreement"];
    public static readonly string[] NewCommitmentCommands = ["nuevo compromiso", "new commitment"];

    public const string ActionItemKind = "tarea";
    public const string AgreementKind = "acuerdo";
    public const string CommitmentKind = "compromiso";

    public async Task OnNewActionItemAsync(ChatContext chat, CancellationToken ct) => await chat.ShowAsync(await FormAsync(chat, ActionItemKind, ct), ct);

    public async Task OnNewAgreementAsync(ChatContext chat, CancellationToken ct) => await chat.ShowAsync(await FormAsync(chat, AgreementKind, ct), ct);

    public async Task OnNewCommitmentAsync(ChatContext chat, CancellationToken ct) => await chat.ShowAsync(await FormAsync(chat, CommitmentKind, ct), ct);

    /// <summary>The help card's "Nueva tarea" etc.: the form replaces the help card for whoever pressed.</summary>
    public async Task<InvokeResponse> OnOpenFormAsync(ChatContext chat, CancellationToken cancellationToken) =>
        CardInvokeResponses.Card(await FormAsync(chat, CardActionData.Of(chat.Activity)[ItemData.Kind] ?? ActionItemKind, cancellationToken));

    public async Task<InvokeResponse> OnSubmitFormAsync(ChatContext chat, CancellationToken cancellationToken) =>
        (await SaveAsync(chat, CardActionData.Of(chat.Activity), sourceMessageUrl: null, cancellationToken)).ToInvokeResponse();

    private static async Task<AdaptiveCard> FormAsync(ChatContext chat, string kind, CancellationToken cancellationToken)
    {
        var members = await chat.Roster.PeopleAsync(cancellationToken);
        return kind switch
        {
            AgreementKind => AgreementFormCard.Build(chat.Today),
            CommitmentKind => CommitmentFormCard.Build(members, chat.Today, chat.Author.ObjectId),
            _ => ActionItemFormCard.Build(members, chat.Today, chat.Author.ObjectId),
        };
    }

    /// <summary>
    /// Creates what a form describes (inputs tipo, texto, fecha, responsable, socio, contacto). Its routes
    /// need a mesa and a writer: the form travels in a dialog or a card, and either may be stale.
    /// </summary>
    public async Task<ChatAnswer> SaveAsync(ChatContext chat, CardActionData data, string? sourceMessageUrl, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;

        var text = data["texto"]?.Trim();
        var due = DateOnly.TryParseExact(data["fecha"], "yyyy-MM-dd", out var date) ? date : (DateOnly?)null;
        // An empty member list means the form had no picker: the record is the sender's.
        var person = data["responsable"] is { } objectId
            ? (await chat.Roster.PeopleAsync(cancellationToken)).FirstOrDefault(p => p.ObjectId == objectId)
            : chat.Author;
        var kind = data["tipo"] ?? ActionItemKind;
        if (string.IsNullOrEmpty(text) || (kind != AgreementKind && (due is null || person is null)))
        {
            return ChatAnswer.Say(Strings.Form_Incomplete);
        }

        return await (kind switch
        {
            AgreementKind => AgreementAsync(chat, mesa, text, sourceMessageUrl, cancellationToken),
            CommitmentKind when data["socio"] is { } partner => commitments.CommitmentAsync(chat, mesa,
                new CommitmentDraft(partner.Trim(), text, due!.Value, person!, $"{partner}: {text}")
                {
                    ContactName = data["contacto"],
                    SourceMessageUrl = sourceMessageUrl,
                },
                newPartnerConfirmed: false, cancellationToken),
            CommitmentKind => Task.FromResult(ChatAnswer.Say(Strings.Form_Incomplete)),
            _ => ActionItemAsync(chat, mesa, new NewActionItem(text, person!, due!.Value, SourceMessageUrl: sourceMessageUrl), cancellationToken),
        });
    }

    private async Task<ChatAnswer> AgreementAsync(ChatContext chat, Mesa mesa, string text, string? sourceMessageUrl, CancellationToken cancellationToken)
    {
        var agreement = await agreements.CreateAsync(mesa, new NewAgreement(text, chat.TodayAt(mesa), SourceMessageUrl: sourceMessageUrl),
            chat.Author, chat.Turn.Activity.Id, cancellationToken);
        return ChatAnswer.Show(AgreementCreatedCard.Build(mesa, agreement, chat.TodayAt(mesa), chat.InsideMesa));
    }

    private async Task<ChatAnswer> ActionItemAsync(ChatContext chat, Mesa mesa, NewActionItem task, CancellationToken cancellationToken)
    {
        var item = await items.CreateTaskAsync(mesa, task, chat.Author, chat.Turn.Activity.Id, cancellationToken);
        return ChatAnswer.Show(await chat.CreatedCardAsync(ItemView.Of(mesa, item), cancellationToken));
    }
}
