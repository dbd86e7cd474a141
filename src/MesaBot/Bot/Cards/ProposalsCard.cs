using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// What the bot read in pasted minutes or a message: each proposal a toggle, on by default, titled with its
/// kind (Acuerdo, Tarea, Compromiso), text, owner or partner and due date, with its fields editable below it;
/// "Registrar seleccionados" creates the ticked ones. A proposal missing what its kind needs says what to
/// fill. In a dialog (the message action) the button is an Action.Submit, as task modules need.
/// </summary>
public static class ProposalsCard
{
    public static AdaptiveCard Build(
        IReadOnlyList<ProposalDraft> drafts, IReadOnlyList<Person> members, DateOnly today, string origin, ProposalsCardOptions options)
    {
        var shown = drafts.Take(ProposalDraft.MaxPerCard).ToList();
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardText.Format(CardTexts.Proposals_Title, shown.Count)) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardTexts.Proposals_Intro) { IsSubtle = true });
        if (options.Notice is { } notice)
        {
            card.Add(new TextBlock(notice) { Weight = TextWeight.Bolder });
        }

        var data = new Dictionary<string, string> { [ProposalDraft.OriginKey] = origin, [ProposalDraft.CountKey] = shown.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (options.Link is { } link)
        {
            data[ProposalDraft.LinkKey] = link;
        }

        if (options.Session is { } session)
        {
            data[ProposalDraft.SessionKey] = session;
        }

        if (options.SessionNumber is { } number)
        {
            data[ProposalDraft.SessionNumberKey] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < shown.Count; i++)
        {
            data[ProposalDraft.KindId(i)] = shown[i].Kind;
            card.Add(Row(i, shown[i], members, today, options.Problems.GetValueOrDefault(i)));
        }

        if (drafts.Count > shown.Count)
        {
            card.Add(new TextBlock(CardText.Format(CardTexts.Proposals_MoreThanShown, drafts.Count, shown.Count)) { IsSubtle = true });
        }

        if (options.InDialog)
        {
            data[ProposalDraft.DialogKey] = "si";
            return card.Add(new SubmitAction(CardTexts.Proposals_Save) { Data = data });
        }

        return card.Add(new ExecuteAction(CardTexts.Proposals_Save, CardVerbs.SaveProposals) { Data = data, Style = ActionStyle.Positive });
    }

    /// <summary>"Tarea: Revisar bases · Luis Soto · viernes 4 de diciembre".</summary>
    public static string Title(ProposalDraft draft, IReadOnlyList<Person> members, DateOnly today)
    {
        var kind = draft.Kind switch
        {
            FormInputs.Agreement => CardTexts.Proposals_KindAgreement,
            FormInputs.Commitment => CardTexts.Proposals_KindCommitment,
            _ => CardTexts.Proposals_KindActionItem,
        };
        var parts = new List<string> { CardText.Format(CardTexts.Proposals_RowTitle, kind, CardText.Truncate(draft.Text, CardText.RowTextLength)) };
        if (!draft.IsAgreement && (draft.IsCommitment ? draft.Partner : members.FirstOrDefault(m => m.ObjectId == draft.OwnerId)?.Name) is { Length: > 0 } who)
        {
            parts.Add(who);
        }

        if (!draft.IsAgreement && draft.Due is { } due)
        {
            parts.Add(DateText.Long(due, today));
        }

        return string.Join(" · ", parts);
    }

    private static Container Row(int i, ProposalDraft draft, IReadOnlyList<Person> members, DateOnly today, string? problem)
    {
        var items = new List<CardElement>
        {
            new ToggleInput(ProposalDraft.SelectedId(i), Title(draft, members, today)) { IsOn = draft.Selected },
            new TextInput(ProposalDraft.TextId(i), CardTexts.Proposals_TextLabel) { Value = CardText.Truncate(draft.Text, ItemButtons.MaxTextLength), IsMultiline = true, MaxLength = ItemButtons.MaxTextLength },
        };
        if (draft.IsCommitment)
        {
            items.Add(new TextInput(ProposalDraft.PartnerId(i), CardTexts.Proposals_PartnerLabel) { Value = draft.Partner, Placeholder = CardTexts.Proposals_PartnerPlaceholder, MaxLength = 150 });
        }
        else if (!draft.IsAgreement && members.Count > 0)
        {
            var owner = members.Any(m => m.ObjectId == draft.OwnerId) ? draft.OwnerId : null;
            items.Add(new ChoiceSetInput(ProposalDraft.OwnerIdKey(i), CardTexts.Form_Owner_Label, [.. members.Select(m => new Choice(m.Name, m.ObjectId))])
            {
                Value = owner,
                Placeholder = CardTexts.Input_Person_Placeholder,
            });
        }

        if (!draft.IsAgreement)
        {
            items.Add(new DateInput(ProposalDraft.DueId(i), CardTexts.Form_Due_Label) { Value = draft.Due, Min = today });
        }

        var missing = problem ?? Missing(draft, members);
        if (missing is not null)
        {
            items.Add(new TextBlock(missing) { Weight = TextWeight.Bolder });
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>What a tarea or compromiso still needs before it can be created, worded for its row; null when nothing.</summary>
    public static string? Missing(ProposalDraft draft, IReadOnlyList<Person> members)
    {
        if (draft.IsAgreement)
        {
            return null;
        }

        var noOwner = draft.IsCommitment ? string.IsNullOrWhiteSpace(draft.Partner) : !members.Any(m => m.ObjectId == draft.OwnerId);
        return (noOwner, draft.Due is null) switch
        {
            (true, true) => draft.IsCommitment ? CardTexts.Proposals_MissingPartnerAndDate : CardTexts.Proposals_MissingOwnerAndDate,
            (true, false) => draft.IsCommitment ? CardTexts.Proposals_MissingPartner : CardTexts.Proposals_MissingOwner,
            (false, true) => CardTexts.Proposals_MissingDate,
            _ => null,
        };
    }
}

/// <summary>How the proposals card is drawn: a notice above, each row's problem (by index), the source message's link, in a dialog or not.</summary>
public sealed record ProposalsCardOptions
{
    public string? Notice { get; init; }
    public IReadOnlyDictionary<int, string> Problems { get; init; } = new Dictionary<int, string>();
    public string? Link { get; init; }

    /// <summary>"Sesión 7" for proposals read from a session's transcript: the acuerdos registered from it carry it.</summary>
    public string? Session { get; init; }

    /// <summary>That session's number: every record registered from the card belongs to it, however late the press.</summary>
    public int? SessionNumber { get; init; }
    public bool InDialog { get; init; }
}
