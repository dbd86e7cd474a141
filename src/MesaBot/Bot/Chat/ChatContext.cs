using System.Globalization;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Dates;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// A turn as MesaBot's handlers receive it, built once before routing (<see cref="ChatContextFactory"/>):
/// who speaks, where, the conversation's mesa (null in a personal chat or an unlinked one), today in that
/// mesa's zone, the culture to answer in, and the conversation's roster, read at most once and only if a
/// handler asks. Handlers answer through it.
/// </summary>
public sealed class ChatContext(
    TurnContext turn,
    string tenantId,
    Person author,
    string conversationType,
    Mesa? mesa,
    TimeProvider clock,
    ConversationRoster roster) : IRoutedTurn
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public TurnContext Turn { get; } = turn;

    public Activity Activity => Turn.Activity;

    /// <summary>The text after the command words, in the user's own spelling.</summary>
    public string Arguments => Turn.CommandArguments;

    public string TenantId { get; } = tenantId;

    public Person Author { get; } = author;

    /// <summary>"personal", "channel" or "groupChat".</summary>
    public string ConversationType { get; } = conversationType;

    public Mesa? Mesa { get; } = mesa;

    public TimeProvider Clock { get; } = clock;

    public ConversationRoster Roster { get; } = roster;

    /// <summary>The mesa a card's button names in its data, resolved and checked before the handler runs.</summary>
    public Mesa? CardMesa { get; internal set; }

    /// <summary>Today at this conversation's mesa (Santiago's date where there is none).</summary>
    public DateOnly Today { get; } = mesa?.Today(clock) ?? new MesaClock(clock, MesaClock.ChileZone).Today;

    /// <summary>Spanish (es-CL) whatever locale the client sends, unless the mesa chose English.</summary>
    public CultureInfo Culture => Mesa?.Language == "en" ? English : Spanish;

    public bool IsPersonal => ConversationType == "personal";

    /// <summary>Inside a mesa's own conversations ids are short ("T-3"); elsewhere they carry the code ("RES-T-3").</summary>
    public bool InsideMesa => Mesa is not null;

    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    /// <summary>Today at <paramref name="other"/>, which may be another mesa's (a reminder acted on in a personal chat).</summary>
    public DateOnly TodayAt(Mesa other) => other.Id == Mesa?.Id ? Today : other.Today(Clock);

    /// <summary>A short Markdown answer in this conversation.</summary>
    public Task SayAsync(string markdown, CancellationToken cancellationToken) =>
        Turn.SendAsync(new Activity { Text = markdown, TextFormat = "markdown" }, cancellationToken);

    public Task ShowAsync(AdaptiveCard card, CancellationToken cancellationToken) =>
        Turn.SendAsync(card.ToActivity(), cancellationToken);

    /// <summary>Posts what an operation answered: its card, or its text.</summary>
    public Task AnswerAsync(ChatAnswer answer, CancellationToken cancellationToken) =>
        answer.Card is { } card ? ShowAsync(card, cancellationToken) : SayAsync(answer.Text!, cancellationToken);

    /// <summary>
    /// The item's card for this conversation (its members to reassign to, none in a personal chat; ids short
    /// only inside the item's own mesa) with <paramref name="extras"/>, and a Universal Actions refresh for the people who can
    /// act on it (its responsible person, the coordinators in this conversation, and the author if allowed),
    /// so Teams redraws it as the item now is whenever they view it.
    /// </summary>
    public async Task<AdaptiveCard> ItemCardAsync(ItemView item, DateOnly today, ItemCardExtras extras, CancellationToken cancellationToken)
    {
        var members = await Roster.PeopleAsync(cancellationToken);
        return ItemCard.For(item.Mesa, item.Item, members, today, insideMesa: Mesa?.Id == item.Mesa.Id, extras with { RefreshFor = CanAct(item, members) });
    }

    /// <summary>
    /// "Tarea T-4 registrada" with the item's buttons, for this conversation: who created it with "Deshacer"
    /// (10 minutes, checked against the history like any undo) and the same refresh as <see cref="ItemCardAsync"/>.
    /// </summary>
    public async Task<AdaptiveCard> CreatedCardAsync(ItemView item, CancellationToken cancellationToken)
    {
        var members = await Roster.PeopleAsync(cancellationToken);
        var extras = ItemCreatedCard.CreationExtras(item.Mesa, item.Item, InsideMesa, CanAct(item, members));
        return ItemCreatedCard.Build(item.Mesa, item.Item, members, Today, InsideMesa, extras);
    }

    // Teams ids of who can act on the item here: its responsible person, the author if allowed, the members allowed.
    private List<string> CanAct(ItemView item, IReadOnlyList<Person> members) =>
    [
        .. new[] { item.Responsible.TeamsUserId, item.Item.MayBeChangedBy(Author, item.Mesa) ? Activity.From?.Id : null }
            .Concat(members.Where(p => item.Item.MayBeChangedBy(p, item.Mesa)).Select(p => p.TeamsUserId))
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(CardRefresh.MaxUsers),
    ];

    /// <summary>
    /// Replaces, for everyone in the conversation, the card whose button started this turn (the invoke's
    /// replyToId); false when there is none to replace.
    /// </summary>
    public async Task<bool> UpdatePressedCardAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (Activity.ReplyToId is not { Length: > 0 } cardMessageId)
        {
            return false;
        }

        await Turn.UpdateAsync(cardMessageId, card.ToActivity(), cancellationToken);
        return true;
    }
}
