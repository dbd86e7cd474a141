using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// What the bot answers after a record changes, in one place so commands, card buttons and forms all
/// answer alike.
/// </summary>
public sealed class RecordReplies
{
    public Task AgreementCreatedAsync(ChatContext chat, Mesa mesa, Agreement agreement, CancellationToken cancellationToken) =>
        chat.Turn.SayAsync(string.Format(Strings.Agreement_Created,
            agreement.Ref.Format(mesa.Code, chat.InsideMesa), agreement.Text, agreement.Author.Name,
            SpanishDateFormatter.Short(agreement.AgreedOn, chat.Today)), cancellationToken);

    public Task ItemCreatedAsync(ChatContext chat, ItemView item, CancellationToken cancellationToken) =>
        chat.Turn.ShowAsync(ItemCard(item, chat.Today, chat.InsideMesa, notice: string.Format(Strings.Item_CreatedHeader, item.Ref.Format(item.Mesa.Code, chat.InsideMesa))), cancellationToken);

    public Task ItemChangedAsync(ChatContext chat, ItemView item, CancellationToken cancellationToken) =>
        chat.Turn.ShowAsync(ItemCard(item, chat.Today, chat.InsideMesa, notice: string.Format(Strings.Item_ChangedHeader, item.Ref.Format(item.Mesa.Code, chat.InsideMesa))), cancellationToken);

    /// <summary>The item with the buttons that fit its state; every button carries mesa, ref and version.</summary>
    public AdaptiveCard ItemCard(ItemView item, DateOnly today, bool insideMesa, string? notice = null)
    {
        var card = new AdaptiveCard();
        if (notice is not null)
        {
            card.Add(new TextBlock(notice) { Weight = TextWeight.Bolder });
        }

        card.Add(new TextBlock(Describe(item, today, insideMesa, "**{0}**")));
        var data = new Dictionary<string, string> { ["mesa"] = item.Mesa.Id, ["ref"] = item.Ref.ToString(), ["version"] = item.Version };
        if (item.IsOpen)
        {
            card.Add(new ExecuteAction(Strings.Button_Complete, CardVerbs.Complete) { Data = data });
            if (item.Status == ItemStatus.Pendiente)
            {
                card.Add(new ExecuteAction(Strings.Button_Start, CardVerbs.Start) { Data = data });
            }

            card.Add(new ExecuteAction(Strings.Button_Postpone7, CardVerbs.Postpone) { Data = new Dictionary<string, string>(data) { ["dias"] = "7" } });
            card.Add(new ExecuteAction(Strings.Button_Cancel, CardVerbs.Cancel) { Data = data });
        }
        else
        {
            card.Add(new ExecuteAction(Strings.Button_Reopen, CardVerbs.Reopen) { Data = data });
        }

        return card;
    }

    public Task AskPartnerAsync(ChatContext chat, Mesa mesa, string typed, IReadOnlyList<Partner> suggestions, string draft, CancellationToken cancellationToken) =>
        chat.Turn.SayAsync(string.Format(Strings.Commitment_PartnerSuggestion, typed, string.Join(" / ", suggestions.Select(s => $"**{s.Name}**"))), cancellationToken);

    /// <summary>"T-3 · revisar bases · Ana Pérez · vence el viernes 15/12 (en 3 días) · pendiente".</summary>
    public static string Describe(ItemView item, DateOnly today, bool insideMesa, string header)
    {
        var who = item.Partner is null ? item.Responsible.Name : $"{item.Partner} (seguimiento: {item.Responsible.Name})";
        return string.Format(header, item.Ref.Format(item.Mesa.Code, insideMesa)) + "\n\n" + string.Format(Strings.Item_Line,
            item.Text, who, SpanishDateFormatter.Long(item.DueDate, today), SpanishDateFormatter.DueStatus(item.DueDate, today), item.Status.Label());
    }
}
