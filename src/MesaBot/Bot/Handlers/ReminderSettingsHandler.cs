using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Protocol;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Reminders;
using Microsoft.Extensions.Options;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `recordatorios`: the mesa's reminder policy as a card; its coordinators change it there and "Guardar"
/// (<see cref="CardVerbs.ReminderSettings"/>) answers with the card as saved.
/// </summary>
public sealed class ReminderSettingsHandler(MesaStore mesas, IOptions<ReminderOptions> options)
{
    public static readonly string[] Commands = ["recordatorios", "reminders"];

    // The scheduler reads only this many due dates ahead: a longer "days before" would never fire.
    private int MaxDaysBefore => options.Value.MaxDaysBefore;

    public Task OnSettingsAsync(ChatContext chat, CancellationToken cancellationToken) =>
        chat.ShowAsync(ReminderSettingsCard.Build(chat.Mesa!, chat.Mesa!.IsCoordinator(chat.Author.ObjectId), MaxDaysBefore), cancellationToken);

    /// <summary>The card names its mesa, read fresh by the route so the save starts from the current version.</summary>
    public async Task<InvokeResponse> OnSaveAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        var mesa = chat.CardMesa!;
        if (mesa.Archived)
        {
            return CardInvokeResponses.Card(NoticeCard.Info(Strings.Item_CardStale));
        }

        if (!mesa.IsCoordinator(chat.Author.ObjectId))
        {
            return CardInvokeResponses.Card(ReminderSettingsCard.Build(mesa, canEdit: false, MaxDaysBefore, TurnPreconditions.CoordinatorsOnly(mesa)));
        }

        if (Parse(data, out var problem) is not { } settings)
        {
            return CardInvokeResponses.Card(ReminderSettingsCard.Build(mesa, canEdit: true, MaxDaysBefore, problem));
        }

        try
        {
            // The card edits the schedule; the partner e-mail opt-in (mesa correos) is kept as it was.
            var updated = await mesas.SetRemindersAsync(mesa, settings with { EmailPartners = mesa.Reminders.EmailPartners }, chat.Author, cancellationToken);
            return CardInvokeResponses.Card(ReminderSettingsCard.Build(updated, canEdit: true, MaxDaysBefore, CardTexts.Reminders_Saved, noticeIsGood: true));
        }
        catch (RecordException ex) when (ex.Kind != RecordErrorKind.NotFound)
        {
            return CardInvokeResponses.Card(ReminderSettingsCard.Build(mesa, canEdit: true, MaxDaysBefore, ErrorText.For(ex)));
        }
    }

    /// <summary>The inputs as settings, or null with the Spanish reason; days distinct and latest first.</summary>
    private ReminderSettings? Parse(CardActionData data, out string? problem)
    {
        problem = null;
        var days = new List<int>();
        foreach (var part in (data[ReminderSettingsCard.DaysInput] ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > MaxDaysBefore)
            {
                days.Clear();
                break;
            }

            days.Add(day);
        }

        if (days.Count == 0)
        {
            problem = CardText.Format(CardTexts.Reminders_Days_Error, MaxDaysBefore);
            return null;
        }

        if (!int.TryParse(data[ReminderSettingsCard.HourInput], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            problem = CardTexts.Reminders_BadHour;
            return null;
        }

        if (!int.TryParse(data[ReminderSettingsCard.OverdueInput], NumberStyles.None, CultureInfo.InvariantCulture, out var every)
            || every is < 1 or > ReminderSettingsCard.MaxOverdueEvery)
        {
            problem = CardTexts.Reminders_BadOverdue;
            return null;
        }

        return new ReminderSettings([.. days.Distinct().OrderDescending()], hour, every);
    }
}
