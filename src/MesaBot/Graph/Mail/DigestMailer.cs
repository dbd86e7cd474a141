namespace MesaBot.Graph;

/// <summary>Renders the weekly digest and sends it to the committee address (Graph:DigestRecipient).</summary>
public sealed class DigestMailer(IMailSender mail, GraphOptions options)
{
    public Task<MailSendResult> SendAsync(DigestMail digest, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.DigestRecipient))
        {
            return Task.FromResult(MailSendResult.NotConfigured);
        }

        var (subject, html) = DigestMailRenderer.Render(digest);
        return mail.SendAsync(new OutgoingMail(subject, html, [options.DigestRecipient]), cancellationToken);
    }
}
