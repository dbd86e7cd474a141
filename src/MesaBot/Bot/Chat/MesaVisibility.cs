using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Caching.Memory;

namespace MesaBot.Bot.Chat;

/// <summary>
/// Who may see a mesa's records from where: anyone in one of its own conversations; its coordinators
/// from anywhere; and, outside any mesa (a personal chat, where reminders arrive), the person who
/// answers for the record named and the members of the mesa's conversations (their rosters, read
/// through the five-minute roster cache, only when the cheaper answers said no). Another mesa's
/// conversation never reaches across. Whoever may not see gets the same answer as for a record that
/// does not exist.
/// </summary>
public sealed class MesaVisibility(ItemActions items, IMemoryCache cache)
{
    public async Task<bool> MaySeeAsync(ChatContext chat, Mesa mesa, RecordRef? record, CancellationToken cancellationToken)
    {
        if (mesa.Id == chat.Mesa?.Id || mesa.IsCoordinator(chat.Author.ObjectId))
        {
            return true;
        }

        if (chat.Mesa is not null)
        {
            return false;
        }

        if (record is { Kind: not RecordKind.Agreement }
            && await items.FindAsync(mesa, record, cancellationToken) is { } item && item.Responsible.IsSamePerson(chat.Author))
        {
            return true;
        }

        return await IsMemberAsync(chat, mesa, cancellationToken);
    }

    private async Task<bool> IsMemberAsync(ChatContext chat, Mesa mesa, CancellationToken cancellationToken)
    {
        if (chat.Activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return false;
        }

        foreach (var link in mesa.Conversations)
        {
            try
            {
                var members = await ConversationRoster.CachedMembersAsync(chat.Turn.Connector, cache, serviceUrl, link.Key, cancellationToken);
                if (members.Any(m => string.Equals(m.EntraObjectId, chat.Author.ObjectId, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
            catch (ConnectorException)
            {
                // The bot was removed from that conversation, or the Connector refuses: not proof of membership.
            }
        }

        return false;
    }
}
