using MesaBot.Bot.Resources;
using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>The checks most commands start with, each answering the user in Spanish when it fails.</summary>
public sealed class ChatGuards(RosterPeople roster)
{
    /// <summary>The conversation's mesa, or null after telling the user how to link one.</summary>
    public async Task<Mesa?> RequireMesaAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.Mesa is { Archived: false } mesa)
        {
            return mesa;
        }

        var text = chat.IsPersonal ? Strings.Guard_PersonalChatNoMesa
            : chat.Mesa is { Archived: true } archived ? string.Format(Strings.Guard_MesaArchived, archived.Name)
            : Strings.Guard_NotLinked;
        await chat.Turn.SayAsync(text, cancellationToken);
        return null;
    }

    /// <summary>Guests (external partners invited to the channel) may read but not write, unless the mesa allows it.</summary>
    public async Task<bool> MayWriteAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        if (chat.Mesa is { GuestsMayWrite: true } || !await roster.IsGuestAsync(chat, cancellationToken))
        {
            return true;
        }

        await chat.Turn.SayAsync(Strings.Guard_GuestReadOnly, cancellationToken);
        return false;
    }

    public async Task<bool> RequireCoordinatorAsync(ChatContext chat, Mesa mesa, CancellationToken cancellationToken)
    {
        if (mesa.IsCoordinator(chat.Author.ObjectId))
        {
            return true;
        }

        await chat.Turn.SayAsync(string.Format(Strings.Guard_CoordinatorsOnly, mesa.Name,
            string.Join(", ", mesa.Coordinators.Select(c => c.Name))), cancellationToken);
        return false;
    }
}
