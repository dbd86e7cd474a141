using MesaBot.Conversations;
using MesaBot.Graph;
using MesaBot.Records;
using Microsoft.Extensions.Options;

namespace MesaBot.Reminders.Delivery;

/// <summary>
/// Where a delivery goes: a person's 1:1 chat (stored when the bot was installed for them, else opened
/// through Graph's install and the Connector, then stored), or a mesa's linked conversation. Null when
/// there is no way to reach it.
/// </summary>
public sealed class RecipientResolver(ConversationStore conversations, IPersonalChatOpener opener, IOptions<ReminderOptions> options)
{
    public async Task<ConversationReference?> ResolveAsync(DeliveryJob job, Mesa mesa, DeliveryReads reads, CancellationToken cancellationToken)
    {
        var recipient = job.Recipient;
        if (recipient.ConversationKey is { } key)
        {
            return await conversations.FindAsync(job.TenantId, key, cancellationToken);
        }

        var objectId = recipient.ObjectId!;
        if (await reads.PersonalChatAsync(job.TenantId, objectId, cancellationToken) is { } personal)
        {
            return personal;
        }

        // No 1:1 chat yet: open one (installing MesaBot for the person through Graph when allowed), through
        // the service URL of any conversation of the mesa (same tenant).
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

        var person = new Person(objectId, recipient.Name ?? objectId, recipient.TeamsUserId);
        var opened = await opener.OpenAsync(new PersonalChatRequest(job.TenantId, person, serviceUrl, any?.BotId), cancellationToken);
        if (opened.Status != PersonalChatStatus.Opened || opened.Conversation is null)
        {
            return opened.Conversation;
        }

        var reference = opened.Conversation with { UserObjectId = objectId };
        await conversations.RegisterPersonalAsync(reference, cancellationToken);
        reads.RememberPersonalChat(job.TenantId, objectId, reference);
        return reference;
    }
}
