using MesaBot.Cards;

namespace MesaBot.Graph;

/// <summary>A partner institution's commitment, as the opt-in e-mail to its contact shows it.</summary>
public sealed record PartnerReminderMail(DateOnly Today, string PartnerName, string MesaName, string CommitmentTitle, DateOnly? Due, string? ContactName = null);

/// <summary>
/// The reminder e-mailed to a partner contact (people outside the ministry have no chat with MesaBot).
/// Same rules as the digest: inline styles, the state in words, user text encoded.
/// </summary>
public static class PartnerReminderMailRenderer
{
    public static OutgoingMail Render(PartnerReminderMail reminder, string contactAddress)
    {
        var due = reminder.Due is { } d
            ? $"{DateText.Long(d, reminder.Today)} ({DateText.DueStatus(d, reminder.Today)})"
            : "sin plazo definido";
        var subject = $"Recordatorio MesaBot: compromiso de {reminder.PartnerName} en la mesa {reminder.MesaName}";
        var greeting = string.IsNullOrWhiteSpace(reminder.ContactName) ? "Estimada/o:" : $"Estimada/o {reminder.ContactName}:";
        var html =
            "<!DOCTYPE html><html lang=\"es-CL\"><head><meta charset=\"utf-8\"><title>" + Encode(subject) + "</title></head>" +
            "<body style=\"margin:0;padding:16px;color:#1f1f1f;font-family:'Segoe UI',Arial,Helvetica,sans-serif;font-size:15px;line-height:1.4;\">" +
            "<main style=\"max-width:640px;margin:0 auto;\">" +
            $"<p>{Encode(greeting)}</p>" +
            $"<p>Le recordamos el compromiso de <strong>{Encode(reminder.PartnerName)}</strong> en la mesa <strong>{Encode(reminder.MesaName)}</strong> del Ministerio de Obras Públicas:</p>" +
            $"<p style=\"margin:12px 0;padding:8px 12px;border-left:4px solid #0f5499;background:#f3f6fa;\">{Encode(reminder.CommitmentTitle)}<br>Plazo: {Encode(due)}</p>" +
            "<p>Si ya está cumplido o el plazo cambió, responda a este correo o avise a la secretaría de la mesa.</p>" +
            "<p style=\"font-size:13px;color:#424242;\">Recibe este correo porque su institución pidió recordatorios de sus compromisos en las mesas de trabajo del MOP.</p>" +
            "</main></body></html>";
        return new OutgoingMail(subject, html, [contactAddress]);
    }

    private static string Encode(string text) => DigestMailRenderer.Encode(text);
}
