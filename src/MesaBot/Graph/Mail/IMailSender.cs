namespace MesaBot.Graph;

/// <summary>E-mail from MesaBot's configured mailbox (Graph sendMail). Failures come back as results, never exceptions.</summary>
public interface IMailSender
{
    Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>An HTML e-mail; the body must already be encoded (see <see cref="DigestMailRenderer"/>).</summary>
public sealed record OutgoingMail(string Subject, string HtmlBody, IReadOnlyList<string> To);

public enum MailSendStatus
{
    /// <summary>Graph accepted it (202); delivery is Exchange's business from there.</summary>
    Sent,

    /// <summary>Graph off, or no sender mailbox / recipient configured.</summary>
    NotConfigured,

    Failed,
}

public sealed record MailSendResult(MailSendStatus Status, string? Message = null, GraphFailure? Failure = null)
{
    public static readonly MailSendResult Sent = new(MailSendStatus.Sent);

    public static readonly MailSendResult NotConfigured =
        new(MailSendStatus.NotConfigured, "El envío de correos de MesaBot no está configurado.");

    public static MailSendResult Failed(GraphFailure failure) => new(
        MailSendStatus.Failed,
        failure.IsForbidden
            ? "No pude enviar el correo: MesaBot no tiene permiso para enviar desde su buzón."
            : "No pude enviar el correo en este momento. Se volverá a intentar en el próximo envío.",
        failure);
}
