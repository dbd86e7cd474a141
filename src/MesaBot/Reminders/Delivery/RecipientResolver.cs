using MesaBot.Conversations;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Where a delivery goes: a person's 1:1 chat (stored when the bot was installed for them, else created
/// through the Connector and stored), or a mesa's linked conversation. Null when there is no way to reach it.
/// </summary>
public sealed class RecipientResolver(ConversationStore conversations, IConnectorClient connector, IOptions<ReminderOptions> options)
{
    public async Task<ConversationReference?> ResolveAsync(DeliveryJob job, Mesa mesa, CancellationToken cancellationToken)
    {
        var recipient = job.Recipient;
        if (recipient.ConversationKey is { } key)
        {
            return await conversations.FindAsync(job.TenantId, key, cancellationToken);
        }

        var objectId = recipient.ObjectId!;
        if (await conversations.FindPersonalAsync(job.TenantId, objectId, cancellationToken) is { } personal)
        {
            return personal;
        }

        // No 1:1 chat yet: open one, through the service URL of any conversation of the mesa (same tenant).
        ConversationReference? any = null;
        foreach (var link in mesa.Conversations)
        {
            any = await conversations.FindAsync(job.TenantId, link.Key, cancellationToken);
            if (any is not null)
            {
                break;
            }
        }

        var serviceUrl = any?.ServiceUrl ?? options.Value.DefaultServiceUrl;
        if (serviceUrl is null)
        {
            return null;
        }

        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            TenantId = job.TenantId,
            Bot = any?.BotId is { } botId ? new ChannelAccount { Id = botId } : null,
            Members = [new ChannelAccount { Id = recipient.TeamsUserId ?? objectId, AadObjectId = objectId }],
        }, cancellationToken);
        if (created.Id is null)
        {
            return null;
        }

        var reference = new ConversationReference(job.TenantId, created.Id, "personal", created.ServiceUrl ?? serviceUrl, any?.BotId, null, null)
        {
            UserObjectId = objectId,
        };
        await conversations.RegisterPersonalAsync(reference, cancellationToken);
        return reference;
    }
}
