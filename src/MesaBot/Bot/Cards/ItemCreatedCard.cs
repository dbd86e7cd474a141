using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The answer to "tarea …" or "compromiso …": the new item's card under a green confirmation line, with what
/// item cards show after a change (<paramref name="extras"/>: who created it, "Deshacer", the refresh).
/// </summary>
public static class ItemCreatedCard
{
    public static AdaptiveCard Build(Mesa mesa, OpenItem item, IReadOnlyList<Person> members, DateOnly today, bool insideMesa, ItemCardExtras? extras = null)
    {
        var view = ItemFacts.For(mesa, item, today, insideMesa);
        // The card answers whoever created the item: when that is the accountable person, speak to them ("Te avisaré").
        var self = item.Accountable.IsSamePerson(item.CreatedBy);
        var banner = item.IsCommitment
            ? CardText.Format(self ? CardTexts.Created_CommitmentSelf : CardTexts.Created_Commitment, view.DisplayId, item.Partner!, item.Accountable.Name)
            : CardText.Format(self ? CardTexts.Created_ActionItemSelf : CardTexts.Created_ActionItem, view.DisplayId, item.Accountable.Name);
        return ItemCard.Build(view, members, today, banner, extras);
    }

    /// <summary>"Ana Pérez registró T-4", with "Deshacer" (it cancels the new item: nothing is deleted) while the creation is its last change.</summary>
    public static ItemCardExtras CreationExtras(Mesa mesa, OpenItem item, bool insideMesa, IReadOnlyList<string> refreshFor) => new()
    {
        Changes = [CardText.Format(CardTexts.Change_Created, item.CreatedBy.Name, insideMesa ? item.Ref.ToString() : mesa.Qualified(item.Ref))],
        Undo = item.Version == "1" ? [(ItemData.Undo, ItemData.UndoCreation)] : null,
        RefreshFor = refreshFor,
    };

    /// <summary>
    /// A due date on a weekend or a holiday is kept as written, but the card says so ("Vence un domingo",
    /// "Vence en feriado: Inmaculada Concepción") and offers the previous business day. That button is the
    /// card's own postpone (verb <see cref="CardVerbs.Postpone"/> with data "fecha"), so the move is an
    /// ordinary audited change of the item; it is the note itself (a tappable container), since the card's
    /// five actions are the most a card may carry.
    /// </summary>
    public static AdaptiveCard NoteDueDay(AdaptiveCard card, Mesa mesa, OpenItem item, ChileBusinessCalendar calendar, DateOnly today)
    {
        if (!item.IsOpen || calendar.IsBusinessDay(item.DueDate))
        {
            return card;
        }

        var note = calendar.HolidayName(item.DueDate) is { } holiday
            ? CardText.Format(CardTexts.Created_DueOnHoliday, holiday)
            : CardText.Format(CardTexts.Created_DueOnWeekend, SpanishDateNames.Weekday(item.DueDate.DayOfWeek));
        var previous = calendar.AddBusinessDays(item.DueDate, -1);
        if (previous < today)
        {
            card.Add(new TextBlock(note) { Weight = TextWeight.Bolder });
            return card;
        }

        // In the body, the whole note is the button: the item card already has the five actions a card may show.
        var iso = previous.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var move = CardText.Format(CardTexts.Action_MoveToBusinessDay, DateText.Long(previous, today));
        card.Add(new Container([new TextBlock(note) { Weight = TextWeight.Bolder }, new TextBlock(move) { Spacing = Spacing.Small }])
        {
            Style = "emphasis",
            SelectAction = new ExecuteAction(move, CardVerbs.Postpone) { Data = ItemData.Of(mesa.Id, item.Ref.ToString(), item.Version, ("fecha", iso)) },
        });
        return card;
    }
}
