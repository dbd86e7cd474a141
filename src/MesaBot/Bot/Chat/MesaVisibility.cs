using MesaBot.Records;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Who may see a mesa's records from where: anyone in one of its own conversations; its coordinators
/// from anywhere; and, elsewhere (a personal chat, where reminders arrive), the person who answers for
/// the one record named. Whoever may not see gets the same answer as for a record that does not exist.
/// </summary>
public sealed class MesaVisibility(ItemActions items)
{
    public async Task<bool> MaySeeAsync(ChatContext chat, Mesa mesa, RecordRef? record, CancellationToken cancellationToken)
    {
        if (mesa.Id == chat.Mesa?.Id || mesa.IsCoordinator(chat.Author.ObjectId))
        {
            return true;
        }

        // Another mesa's conversation never reaches across; outside any mesa only one's own item is visible.
        if (chat.Mesa is not null || record is null || record.Kind == RecordKind.Agreement)
        {
            return false;
        }

        return await items.FindAsync(mesa, record, cancellationToken) is { } item && item.Responsible.IsSamePerson(chat.Author);
    }
}
