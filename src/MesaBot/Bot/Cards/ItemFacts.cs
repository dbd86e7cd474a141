using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The facts of a tarea or compromiso: who, by when (long and relative while it is open), state, who closed it.</summary>
internal static class ItemFacts
{
    public static ItemCardModel For(Mesa mesa, OpenItem item, DateOnly today, bool insideMesa)
    {
        var facts = item.IsCommitment ? CommitmentFacts(item) : [new(CardTexts.Fact_Owner, item.Accountable.Name)];
        facts.Add(Due(item.DueDate, item.DueTime, item.Status, today));
        facts.Add(new(CardTexts.Fact_Status, CardText.Status(item.Status)));
        if (item.AgreementNumber is { } agreement)
        {
            facts.Add(new(CardTexts.Fact_Agreement, new RecordRef(RecordKind.Agreement, agreement).Format(mesa.Code, insideMesa)));
        }

        AddClosed(facts, mesa, item.Status, item.CompletedBy, item.CompletedAt, today);
        return new(item.Kind, item.Ref.Format(mesa.Code, insideMesa), insideMesa ? null : mesa.Name, mesa.Id, item.Ref.ToString(), item.Version,
            item.Text, item.DueDate, item.Status, facts, item.Accountable.ObjectId);
    }

    // A compromiso says whose promise it is (partner, contact) before the member who follows it up.
    private static List<Fact> CommitmentFacts(OpenItem commitment)
    {
        List<Fact> facts = [new(CardTexts.Fact_Partner, commitment.Partner ?? string.Empty)];
        var contact = string.Join(" · ", new[] { commitment.ContactName, commitment.ContactEmail }.Where(c => !string.IsNullOrWhiteSpace(c)));
        if (contact.Length > 0)
        {
            facts.Add(new(CardTexts.Fact_Contact, contact));
        }

        facts.Add(new(CardTexts.Fact_FollowedBy, commitment.Accountable.Name));
        return facts;
    }

    // "vencida hace 4 días" is only true of an open item; a closed one shows just its date.
    private static Fact Due(DateOnly due, TimeOnly? time, ItemStatus status, DateOnly today)
    {
        // "viernes 11 de diciembre a las 15:00": the hour written with the date, when there was one.
        var day = time is { } at ? DateText.WithTime(DateText.Long(due, today), at) : DateText.Long(due, today);
        return new(CardTexts.Fact_Due, status.IsOpen() ? CardText.Format(CardTexts.Due_Value, day, DateText.DueStatus(due, today)) : day);
    }

    private static void AddClosed(List<Fact> facts, Mesa mesa, ItemStatus status, Person? by, DateTimeOffset? at, DateOnly today)
    {
        if (!status.IsOpen() && by is not null && at is { } closedAt)
        {
            var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closedAt, mesa.TimeZone).DateTime);
            facts.Add(new(CardTexts.Fact_ClosedBy, CardText.Format(CardTexts.ClosedBy_Value, by.Name, DateText.Short(local, today))));
        }
    }
}
