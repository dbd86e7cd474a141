using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The facts of a tarea or compromiso: who, by when (long and relative while it is open), state, who closed it.</summary>
internal static class ItemFacts
{
    public static ItemCardModel ActionItem(Mesa mesa, ActionItem item, DateOnly today, bool insideMesa)
    {
        List<Fact> facts = [new(CardTexts.Fact_Owner, item.Owner.Name), Due(item.DueDate, item.Status, today), new(CardTexts.Fact_Status, CardText.Status(item.Status))];
        if (item.AgreementNumber is { } agreement)
        {
            facts.Add(new(CardTexts.Fact_Agreement, new RecordRef(RecordKind.Agreement, agreement).Format(mesa.Code, insideMesa)));
        }

        AddClosed(facts, mesa, item.Status, item.CompletedBy, item.CompletedAt, today);
        return View(mesa, item.Ref, item.Version, item.Text, item.DueDate, item.Status, facts, item.Owner, insideMesa);
    }

    public static ItemCardModel Commitment(Mesa mesa, Commitment commitment, DateOnly today, bool insideMesa)
    {
        List<Fact> facts = [new(CardTexts.Fact_Partner, commitment.Partner)];
        var contact = string.Join(" · ", new[] { commitment.ContactName, commitment.ContactEmail }.Where(c => !string.IsNullOrWhiteSpace(c)));
        if (contact.Length > 0)
        {
            facts.Add(new(CardTexts.Fact_Contact, contact));
        }

        facts.Add(new(CardTexts.Fact_FollowedBy, commitment.FollowedBy.Name));
        facts.Add(Due(commitment.DueDate, commitment.Status, today));
        facts.Add(new(CardTexts.Fact_Status, CardText.Status(commitment.Status)));
        AddClosed(facts, mesa, commitment.Status, commitment.CompletedBy, commitment.CompletedAt, today);
        return View(mesa, commitment.Ref, commitment.Version, commitment.Text, commitment.DueDate, commitment.Status, facts, commitment.FollowedBy, insideMesa);
    }

    // "vencida hace 4 días" is only true of an open item; a closed one shows just its date.
    private static Fact Due(DateOnly due, ItemStatus status, DateOnly today) => new(
        CardTexts.Fact_Due,
        status.IsOpen()
            ? CardText.Format(CardTexts.Due_Value, SpanishDateFormatter.Long(due, today), SpanishDateFormatter.DueStatus(due, today))
            : SpanishDateFormatter.Long(due, today));

    private static void AddClosed(List<Fact> facts, Mesa mesa, ItemStatus status, Person? by, DateTimeOffset? at, DateOnly today)
    {
        if (!status.IsOpen() && by is not null && at is { } closedAt)
        {
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closedAt, mesa.TimeZone).DateTime);
            facts.Add(new(CardTexts.Fact_ClosedBy, CardText.Format(CardTexts.ClosedBy_Value, by.Name, SpanishDateFormatter.Short(local, today))));
        }
    }

    private static ItemCardModel View(Mesa mesa, RecordRef record, string version, string text, DateOnly due, ItemStatus status, List<Fact> facts, Person person, bool insideMesa) =>
        new(record.Kind, record.Format(mesa.Code, insideMesa), insideMesa ? null : mesa.Name, mesa.Id, record.ToString(), version, text, due, status, facts, person.ObjectId);
}
