using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The buttons of an item card for its state. Open: Cumplida, En curso (only from pendiente), Posponer,
/// Reasignar (only with members to choose from), Editar — at most five, the renderer's limit. Cancelling
/// sits inside Editar: it is rare and final, so it should not be one stray tap away on a phone.
/// Closed: Reabrir. Forms unfold in place (Action.ShowCard) so a change is one round trip.
/// </summary>
internal static class ItemButtons
{
    public const int MaxTextLength = 2000;

    public static IEnumerable<CardAction> For(ItemCardModel item, IReadOnlyList<Person> members, DateOnly today)
    {
        if (!item.Status.IsOpen())
        {
            yield return new ExecuteAction(CardTexts.Action_Reopen, CardVerbs.Reopen) { Data = item.Data() };
            yield break;
        }

        yield return new ExecuteAction(CardTexts.Action_Complete, CardVerbs.Complete) { Data = item.Data(), Style = ActionStyle.Positive };
        if (item.Status == ItemStatus.Pendiente)
        {
            yield return new ExecuteAction(CardTexts.Action_Start, CardVerbs.Start) { Data = item.Data() };
        }

        yield return Postpone(item, today);
        if (members.Count > 0)
        {
            yield return Reassign(item, members);
        }

        yield return Edit(item);
    }

    private static ShowCardAction Postpone(ItemCardModel item, DateOnly today) => new(CardTexts.Action_Postpone, new AdaptiveCard()
        .Add(new DateInput("fecha", CardTexts.Input_NewDue_Label) { Min = today, IsRequired = true, ErrorMessage = CardTexts.Input_NewDue_Error })
        .Add(new ExecuteAction(CardTexts.Action_PostponeConfirm, CardVerbs.Postpone) { Data = item.Data(), Style = ActionStyle.Positive })
        // The quick choice must work with the date left empty, so it sends (and validates) no inputs.
        // A week of business days, so the quick choice never lands on a weekend or one of Chile's holidays.
        .Add(new ExecuteAction(CardTexts.Action_PostponeWeek, CardVerbs.Postpone) { Data = item.Data((ItemData.BusinessDays, "5")), SendsInputs = false }));

    private static ShowCardAction Reassign(ItemCardModel item, IReadOnlyList<Person> members)
    {
        var current = members.Any(m => string.Equals(m.ObjectId, item.CurrentPersonId, StringComparison.OrdinalIgnoreCase)) ? item.CurrentPersonId : null;
        return new(CardTexts.Action_Reassign, new AdaptiveCard()
            .Add(new ChoiceSetInput("responsable", CardTexts.Input_NewOwner_Label, [.. members.Select(m => new Choice(m.Name, m.ObjectId))])
            {
                Value = current,
                Placeholder = CardTexts.Input_Person_Placeholder,
                IsRequired = true,
                ErrorMessage = CardTexts.Input_Person_Error,
            })
            .Add(new ExecuteAction(CardTexts.Action_ReassignConfirm, CardVerbs.Reassign) { Data = item.Data(), Style = ActionStyle.Positive }));
    }

    private static ShowCardAction Edit(ItemCardModel item) => new(CardTexts.Action_Edit, new AdaptiveCard()
        .Add(new TextInput("texto", CardTexts.Input_EditText_Label)
        {
            Value = item.Text,
            IsMultiline = true,
            MaxLength = MaxTextLength,
            IsRequired = true,
            ErrorMessage = CardTexts.Input_Text_Error,
        })
        .Add(new ExecuteAction(CardTexts.Action_EditConfirm, CardVerbs.Edit) { Data = item.Data(), Style = ActionStyle.Positive })
        .Add(new ExecuteAction(item.Kind == RecordKind.Commitment ? CardTexts.Action_CancelCommitment : CardTexts.Action_CancelActionItem, CardVerbs.Cancel)
        {
            Data = item.Data(),
            Style = ActionStyle.Destructive,
            SendsInputs = false,
        }));
}
