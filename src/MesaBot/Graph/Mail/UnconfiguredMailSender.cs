namespace MesaBot.Graph;

/// <summary>Graph switched off (Development): nothing is sent, and callers are told so.</summary>
internal sealed class UnconfiguredMailSender : IMailSender
{
    public Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        Task.FromResult(MailSendResult.NotConfigured);
}
