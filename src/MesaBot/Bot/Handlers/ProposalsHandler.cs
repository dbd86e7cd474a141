using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Extraction;
using MesaBot.Protocol;
using MesaBot.Records;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `registrar` followed by pasted minutes or notes: the bot proposes the acuerdos, tareas and compromisos it
/// reads (<see cref="IRecordExtractor"/>) in one card, and "Registrar seleccionados" creates the ticked ones
/// with the user's edits (<see cref="ProposalRegistration"/>). Nothing is created before that press.
/// </summary>
public sealed class ProposalsHandler(IRecordExtractor extractor, TenantPartners partners, ProposalRegistration registration, ChileBusinessCalendar calendar)
{
    public static readonly string[] Commands = ["registrar", "register"];

    public async Task OnRegisterAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var text = MentionedPeople.WithoutMentionTags(HtmlText.ToPlain(chat.Arguments));
        if (text.Length == 0)
        {
            await chat.SayAsync(Strings.Proposals_Usage, cancellationToken);
            return;
        }

        // The message's id keys the creations; a message without one (never from Teams) gets a key of its own.
        var origin = chat.Activity.Id is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N");
        var card = await ProposalsAsync(chat, text, chat.Author, origin, MessageLink(chat), inDialog: false, cancellationToken);
        await (card is null ? chat.SayAsync(Strings.Proposals_None, cancellationToken) : chat.ShowAsync(card, cancellationToken));
    }

    /// <summary>The proposals card for <paramref name="text"/>, or null when it states no record.</summary>
    public async Task<AdaptiveCard?> ProposalsAsync(ChatContext chat, string text, Person? speaker, string origin, string? link, bool inDialog, CancellationToken cancellationToken)
    {
        var members = await ProposalRegistration.MembersAsync(chat, cancellationToken);
        var input = ExtractionInput.OfText(text, chat.Today, members, partners.For(chat.Mesa!), speaker) with { Calendar = calendar };
        var drafts = extractor.Extract(input).Select(ProposalDraft.Of).ToList();
        return drafts.Count == 0
            ? null
            : ProposalsCard.Build(drafts, members, chat.Today, origin, new ProposalsCardOptions { Link = link, InDialog = inDialog });
    }

    /// <summary>"Registrar seleccionados": the card again with what is missing, or the records created, shown to everyone in place of the card.</summary>
    public async Task<InvokeResponse> OnSaveAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (data[ProposalDraft.OriginKey] is not { } origin)
        {
            return CardInvokeResponses.Card(NoticeCard.Info(Strings.Item_CardStale));
        }

        var (card, saved) = await SaveAsync(chat, data, origin, cancellationToken);
        if (saved)
        {
            await chat.UpdatePressedCardAsync(card, cancellationToken);
        }

        return CardInvokeResponses.Card(card);
    }

    /// <summary>Creates what the card's inputs select; the card to show and whether anything was created.</summary>
    public async Task<(AdaptiveCard Card, bool Saved)> SaveAsync(ChatContext chat, CardActionData data, string origin, CancellationToken cancellationToken)
    {
        var drafts = ProposalDraft.Read(key => data[key]);
        var link = data[ProposalDraft.LinkKey];
        var session = data[ProposalDraft.SessionKey];
        var sessionNumber = int.TryParse(data[ProposalDraft.SessionNumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var outcome = await registration.RegisterAsync(chat, drafts, new ProposalSource(origin, link, session, sessionNumber), cancellationToken);
        if (outcome.Created.Count > 0)
        {
            return (ProposalsSavedCard.Build([.. outcome.Created.Select(c => (c.Ref.Format(chat.Mesa!.Code, chat.InsideMesa), c.Text))], outcome.Session), true);
        }

        var members = await ProposalRegistration.MembersAsync(chat, cancellationToken);
        var notice = outcome.Problems.Count > 0 ? Strings.Proposals_FillMissing : Strings.Proposals_NoneSelected;
        return (ProposalsCard.Build(drafts, members, chat.Today, origin,
            new ProposalsCardOptions { Notice = notice, Problems = outcome.Problems, Link = link, Session = session, SessionNumber = sessionNumber, InDialog = data[ProposalDraft.DialogKey] == "si" }), false);
    }

    // A channel message's own link, so each record points back to the minutes it came from.
    private static string? MessageLink(ChatContext chat)
    {
        var conversation = chat.ConversationId.Split(';')[0];
        return chat.ConversationType == "channel" && conversation.StartsWith("19:", StringComparison.Ordinal) && chat.Activity.Id is { Length: > 0 } id && id.All(char.IsAsciiDigit)
            ? $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(conversation)}/{id}"
            : null;
    }
}
