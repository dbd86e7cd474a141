using MesaBot.Bot.Resources;
using MesaBot.Records;
using MesaBot.Bot.Cards;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Chat;

/// <summary>
/// The one place that checks what a route declared it <see cref="Needs"/>. Each check that fails gives
/// the sentence to answer with; the route then answers it and its handler does not run.
/// </summary>
public sealed class TurnPreconditions(MesaStore mesas, MesaVisibility visibility)
{
    /// <returns>Null when every need is met; otherwise what to tell the user.</returns>
    public async Task<string?> RefusalAsync(ChatContext chat, Needs needs, CancellationToken cancellationToken)
    {
        if (needs.HasFlag(Needs.Mesa) && MesaRefusal(chat) is { } noMesa)
        {
            return noMesa;
        }

        if (needs.HasFlag(Needs.Writer) && chat.Mesa is not { GuestsMayWrite: true } && await chat.Roster.AuthorIsGuestAsync(cancellationToken))
        {
            return Strings.Guard_GuestReadOnly;
        }

        if (needs.HasFlag(Needs.Coordinator) && !chat.Mesa!.IsCoordinator(chat.Author.ObjectId))
        {
            return CoordinatorsOnly(chat.Mesa);
        }

        if (needs.HasFlag(Needs.CardMesa))
        {
            chat.CardMesa = await CardMesaAsync(chat, cancellationToken);
            return chat.CardMesa is null ? Strings.Item_CardStale : null;
        }

        return null;
    }

    public static string CoordinatorsOnly(Mesa mesa) =>
        string.Format(Strings.Guard_CoordinatorsOnly, mesa.Name, string.Join(", ", mesa.Coordinators.Select(c => c.Name)));

    /// <summary>Why this conversation has no mesa to write in, or null when it has one.</summary>
    public static string? MesaRefusal(ChatContext chat) =>
        chat.Mesa is { Archived: false } ? null
        : chat.IsPersonal ? Strings.Guard_PersonalChatNoMesa
        : chat.Mesa is { Archived: true } archived ? string.Format(Strings.Guard_MesaArchived, archived.Name)
        : Strings.Guard_NotLinked;

    /// <summary>
    /// The card's mesa as it is now (read fresh, so a change starts from its current version), if the
    /// speaker may see it (<see cref="MesaVisibility"/>). Anything else reads as a card that is stale, so
    /// a crafted button learns nothing of another mesa.
    /// </summary>
    private async Task<Mesa?> CardMesaAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var data = CardActionData.Of(chat.Activity);
        if (data[ItemData.Mesa] is not { } mesaId)
        {
            return chat.Mesa;
        }

        if (!MesaRules.IsId(mesaId) || await mesas.GetAsync(chat.TenantId, mesaId, cancellationToken) is not { } named)
        {
            return null;
        }

        RecordRef.TryParse(data[ItemData.Ref], out var record);
        return await visibility.MaySeeAsync(chat, named, record, cancellationToken) ? named : null;
    }
}
