using System.Collections.Concurrent;
using MesaBot.Graph;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>Stands in for Graph's sendMail (its HTTP shape is tested against the fake Graph): keeps what was sent.</summary>
public sealed class RecordingMailSender : IMailSender
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Sent.Enqueue(mail);
        return Task.FromResult(MailSendResult.Sent);
    }
}
