using System.Text;
using MesaBot.Cards;

namespace MesaBot.Graph;

/// <summary>
/// The weekly digest as an HTML e-mail. Mail clients drop style sheets, so every style is inline; tables
/// carry captions and header scopes for screen readers; a state is always written, never only coloured;
/// and every text that came from a user is HTML-encoded.
/// </summary>
public static class DigestMailRenderer
{
    /// <summary>More would make the e-mail a report nobody reads; the channel holds the rest.</summary>
    public const int MaxItemsPerMesa = 15;

    private const string Font = "font-family:'Segoe UI',Arial,Helvetica,sans-serif;";
    private const string Cell = "padding:6px 8px;border-bottom:1px solid #d1d1d1;text-align:left;vertical-align:top;";

    public static (string Subject, string Html) Render(DigestMail digest)
    {
        var overdue = digest.Mesas.Sum(m => m.Overdue);
        var dueSoon = digest.Mesas.Sum(m => m.DueThisWeek);
        var day = DateText.Long(digest.Today, digest.Today);
        var subject = $"MesaBot: resumen semanal del {day} ({Count(overdue, "vencida", "vencidas")}, {Count(dueSoon, "por vencer", "por vencer")})";

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"es-CL\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(Encode(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:16px;background:#ffffff;color:#1f1f1f;").Append(Font).Append("font-size:15px;line-height:1.4;\">")
            .Append("<main style=\"max-width:720px;margin:0 auto;\">")
            .Append("<h1 style=\"font-size:22px;margin:0 0 4px 0;color:#1f1f1f;\">Resumen semanal de las mesas</h1>")
            .Append("<p style=\"margin:0 0 16px 0;color:#424242;\">").Append(Encode(Capitalize(day))).Append(". ")
            .Append(Encode($"En total: {Count(overdue, "pendiente vencido", "pendientes vencidos")} y {Count(dueSoon, "que vence", "que vencen")} esta semana."))
            .Append("</p>");

        if (digest.Mesas.Count == 0)
        {
            html.Append("<p>No hay mesas con pendientes esta semana.</p>");
        }

        foreach (var mesa in digest.Mesas)
        {
            AppendMesa(html, mesa, digest.Today);
        }

        html.Append("<p style=\"margin:24px 0 0 0;font-size:13px;color:#424242;\">Este correo lo envía MesaBot, el registro de acuerdos y tareas de las mesas de trabajo del MOP.");
        if (SafeLink(digest.TeamsLink) is { } link)
        {
            html.Append(" <a href=\"").Append(Encode(link)).Append("\" style=\"color:#0f5499;\">Abrir MesaBot en Teams</a>.");
        }

        html.Append("</p></main></body></html>");
        return (subject, html.ToString());
    }

    private static void AppendMesa(StringBuilder html, DigestMailSection mesa, DateOnly today)
    {
        html.Append("<section style=\"margin:0 0 24px 0;\">")
            .Append("<h2 style=\"font-size:18px;margin:0 0 6px 0;color:#1f1f1f;\">Mesa ").Append(Encode(mesa.MesaName)).Append("</h2>")
            .Append("<p style=\"margin:0 0 8px 0;\">")
            .Append(Encode($"{Count(mesa.Open, "pendiente abierto", "pendientes abiertos")} · {Count(mesa.Overdue, "vencido", "vencidos")} · "))
            .Append(Encode($"{Count(mesa.DueThisWeek, "vence", "vencen")} esta semana · {Count(mesa.CompletedThisWeek, "cumplido", "cumplidos")} esta semana"))
            .Append("</p>");

        if (mesa.Items.Count > 0)
        {
            html.Append("<table role=\"table\" style=\"border-collapse:collapse;width:100%;font-size:14px;\">")
                .Append("<caption style=\"text-align:left;font-weight:600;padding:0 0 4px 0;\">Pendientes de la mesa ").Append(Encode(mesa.MesaName)).Append("</caption>")
                .Append("<thead><tr style=\"background:#f0f0f0;\">");
            foreach (var header in new[] { "Tipo", "Pendiente", "Responsable", "Plazo", "Estado" })
            {
                html.Append("<th scope=\"col\" style=\"").Append(Cell).Append("\">").Append(header).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var item in mesa.Items.Take(MaxItemsPerMesa))
            {
                AppendItem(html, item, today);
            }

            html.Append("</tbody></table>");
            if (mesa.Items.Count > MaxItemsPerMesa)
            {
                html.Append("<p style=\"margin:4px 0 0 0;font-size:13px;\">").Append(Encode($"Y {mesa.Items.Count - MaxItemsPerMesa} más en el canal de la mesa.")).Append("</p>");
            }
        }

        if (SafeLink(mesa.ChannelLink) is { } channel)
        {
            html.Append("<p style=\"margin:6px 0 0 0;\"><a href=\"").Append(Encode(channel)).Append("\" style=\"color:#0f5499;\">Ir al canal de la mesa ")
                .Append(Encode(mesa.MesaName)).Append("</a></p>");
        }

        html.Append("</section>");
    }

    private static void AppendItem(StringBuilder html, DigestMailItem item, DateOnly today)
    {
        var overdue = item.Due is { } d && d < today;
        var (state, colour) = item.Due is { } due
            ? (DateText.DueStatus(due, today), overdue ? "#a4262c" : "#1f1f1f")
            : ("sin plazo", "#1f1f1f");
        html.Append("<tr>")
            .Append("<td style=\"").Append(Cell).Append("\">").Append(KindName(item.Kind)).Append("</td>")
            .Append("<td style=\"").Append(Cell).Append("\">").Append(Encode(item.Title)).Append("</td>")
            .Append("<td style=\"").Append(Cell).Append("\">").Append(Encode(item.Owner)).Append("</td>")
            .Append("<td style=\"").Append(Cell).Append("\">").Append(item.Due is { } shown ? DateText.Short(shown, today) : "—").Append("</td>")
            .Append("<td style=\"").Append(Cell).Append("color:").Append(colour).Append(overdue ? ";font-weight:600;" : ";").Append("\">")
            .Append(Encode(state)).Append("</td></tr>");
    }

    private static string KindName(DigestItemKind kind) => kind switch
    {
        DigestItemKind.ActionItem => "Tarea",
        DigestItemKind.Commitment => "Compromiso",
        _ => "Acuerdo",
    };

    /// <summary>Only http(s) links reach an href: a "javascript:" link in an e-mail is never ours.</summary>
    private static string? SafeLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Escapes the five characters that matter in text and quoted attributes, and leaves "ñ" readable.</summary>
    internal static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
