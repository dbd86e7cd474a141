using System.Globalization;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// `recordatorios`: the mesa's reminder policy in words and, for its coordinators, the inputs to change it
/// (ids <see cref="DaysInput"/>, <see cref="HourInput"/>, <see cref="OverdueInput"/>) with "Guardar"
/// (<see cref="CardVerbs.ReminderSettings"/>, data "mesa").
/// </summary>
public static class ReminderSettingsCard
{
    public const string DaysInput = "dias";
    public const string HourInput = "hora";
    public const string OverdueInput = "vencidas";

    /// <summary>The hours offered: office hours, so nobody is reminded at dawn.</summary>
    public const int FirstHour = 7;
    public const int LastHour = 18;

    public const int MaxOverdueEvery = 10;

    /// <param name="notice">A line on top, in bold: why nothing changed or that it was saved.</param>
    public static AdaptiveCard Build(Mesa mesa, bool canEdit, int maxDaysBefore, string? notice = null, bool noticeIsGood = false)
    {
        var card = new AdaptiveCard();
        if (notice is not null)
        {
            card.Add(new TextBlock(notice) { Weight = TextWeight.Bolder });
        }

        var settings = mesa.Reminders;
        card.Add(new TextBlock(CardText.Format(CardTexts.Reminders_Title, CardText.OfMesa(mesa))) { Size = TextSize.Large, Weight = TextWeight.Bolder })
            .Add(new FactSet(
            [
                new(CardTexts.Reminders_Fact_Before, CardText.Format(CardTexts.Reminders_Before_At, DaysBefore(settings.DaysBefore), Hour(settings.Hour), City(mesa.TimeZoneId))),
                new(CardTexts.Reminders_Fact_Overdue, OverdueEvery(settings.OverdueEveryBusinessDays)),
            ]));

        if (!canEdit)
        {
            return card.Add(new TextBlock(CardTexts.Reminders_ReadOnly) { IsSubtle = true });
        }

        return card
            .Add(new TextInput(DaysInput, CardText.Format(CardTexts.Reminders_Days_Label, maxDaysBefore))
            {
                Value = string.Join(",", settings.DaysBefore),
                Placeholder = "3,1,0",
                MaxLength = 40,
                IsRequired = true,
                ErrorMessage = CardText.Format(CardTexts.Reminders_Days_Error, maxDaysBefore),
            })
            .Add(new ChoiceSetInput(HourInput, CardTexts.Reminders_Hour_Label, HourChoices(settings.Hour))
            {
                Value = settings.Hour.ToString(CultureInfo.InvariantCulture),
                IsRequired = true,
                ErrorMessage = CardTexts.Reminders_Hour_Error,
            })
            .Add(new ChoiceSetInput(OverdueInput, CardTexts.Reminders_Overdue_Label, OverdueChoices(settings.OverdueEveryBusinessDays))
            {
                Value = settings.OverdueEveryBusinessDays.ToString(CultureInfo.InvariantCulture),
                IsRequired = true,
                ErrorMessage = CardTexts.Reminders_Overdue_Error,
            })
            .Add(new ExecuteAction(CardTexts.Form_Save, CardVerbs.ReminderSettings)
            {
                Data = new Dictionary<string, string> { [ItemData.Mesa] = mesa.Id },
                Style = ActionStyle.Positive,
            });
    }

    /// <summary>"3 y 1 días antes y el mismo día", "1 día antes", "el mismo día".</summary>
    public static string DaysBefore(IReadOnlyList<int> days)
    {
        var ahead = days.Where(d => d > 0).Distinct().OrderDescending().ToList();
        var parts = new List<string>();
        if (ahead.Count > 0)
        {
            var numbers = Join([.. ahead.Select(d => d.ToString(CultureInfo.CurrentCulture))]);
            parts.Add(CardText.Format(ahead is [1] ? CardTexts.Reminders_DayBefore : CardTexts.Reminders_DaysBefore, numbers));
        }

        if (days.Contains(0))
        {
            parts.Add(CardTexts.Reminders_SameDay);
        }

        return parts.Count == 0 ? CardTexts.Reminders_NoneBefore : Join(parts);
    }

    public static string OverdueEvery(int businessDays) =>
        businessDays == 1 ? CardTexts.Reminders_EveryBusinessDay : CardText.Format(CardTexts.Reminders_EveryBusinessDays, businessDays);

    private static string Capitalized(string text) => string.Concat(text[..1].ToUpper(CultureInfo.CurrentCulture), text[1..]);

    private static string Hour(int hour) => $"{hour:00}:00";

    /// <summary>"America/Santiago" → "Santiago": the zone's city is what people recognise.</summary>
    private static string City(string timeZoneId) => timeZoneId[(timeZoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>"a, b y c".</summary>
    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + CardTexts.Reminders_And + parts[^1];

    // A mesa set outside office hours (by the store's API) keeps its hour on offer, so saving doesn't move it.
    private static List<Choice> HourChoices(int current) =>
        [.. Enumerable.Range(FirstHour, LastHour - FirstHour + 1).Append(current).Distinct().Order()
            .Select(h => new Choice(Hour(h), h.ToString(CultureInfo.InvariantCulture)))];

    private static List<Choice> OverdueChoices(int current) =>
        [.. Enumerable.Range(1, MaxOverdueEvery).Append(current).Distinct().Order()
            .Select(n => new Choice(Capitalized(OverdueEvery(n)), n.ToString(CultureInfo.InvariantCulture)))];
}
