using MesaBot.Graph;

namespace MesaBot.Tests.Graph;

public sealed class PartnerReminderMailRendererTests
{
    [Fact]
    public void Render_Commitment_SubjectDueInWordsAndEncodedText()
    {
        var mail = PartnerReminderMailRenderer.Render(
            new PartnerReminderMail(new DateOnly(2026, 12, 14), "CChC", "Resiliencia", "Enviar <catastro> & anexos", new DateOnly(2026, 12, 16), "María"),
            "maria@cchc.cl");

        Assert.Equal("Recordatorio MesaBot: compromiso de CChC en la mesa Resiliencia", mail.Subject);
        Assert.Equal(["maria@cchc.cl"], mail.To);
        Assert.Contains("Enviar &lt;catastro&gt; &amp; anexos", mail.HtmlBody);
        Assert.Contains("Plazo: miércoles 16 de diciembre (vence en 2 días)", mail.HtmlBody);
        Assert.Contains("Estimada/o María:", mail.HtmlBody);
    }
}
