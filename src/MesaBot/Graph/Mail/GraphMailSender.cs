using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace MesaBot.Graph;

/// <summary>
/// POST /users/{sender}/sendMail. Needs Mail.Send, restricted to the sender mailbox by an Exchange
/// application access policy (docs/deploy.md step 6).
/// </summary>
internal sealed partial class GraphMailSender(GraphClientProvider clients, GraphOptions options, ILogger<GraphMailSender> logger) : IMailSender
{
    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(mail.To.Count);
        if (string.IsNullOrWhiteSpace(options.MailSender))
        {
            return MailSendResult.NotConfigured;
        }

        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = mail.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
                ToRecipients = [.. mail.To.Select(address => new Recipient { EmailAddress = new EmailAddress { Address = address } })],
            },
            SaveToSentItems = true,
        };
        try
        {
            await clients.Create().Users[options.MailSender].SendMail.PostAsync(body, cancellationToken: cancellationToken);
            Log.Sent(logger, mail.Subject, mail.To.Count);
            return MailSendResult.Sent;
        }
        catch (Exception error) when (GraphFailure.IsGraphError(error, cancellationToken))
        {
            return MailSendResult.Failed(GraphLog.Failed(logger, "POST /users/{sender}/sendMail", error));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7050, Level = LogLevel.Information, Message = "Mail \"{Subject}\" sent to {RecipientCount} recipients")]
        public static partial void Sent(ILogger logger, string subject, int recipientCount);
    }
}
