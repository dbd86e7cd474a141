using MesaBot.Graph;

namespace MesaBot.Tests.Graph;

public sealed class DigestMailRendererTests
{
    private static readonly DateOnly Today = new(2026, 12, 14); // a Monday

    [Fact]
    public void Render_TotalsAcrossMesas_InSubjectAndIntro()
    {
        var (subject, html) = DigestMailRenderer.Render(Digest(Section("Resiliencia", overdue: 2, dueThisWeek: 1), Section("BIM", overdue: 1, dueThisWeek: 0)));

        Assert.Equal("MesaBot: resumen semanal del lunes 14 de diciembre (3 vencidas, 1 por vencer)", subject);
        Assert.Contains("Lunes 14 de diciembre. En total: 3 pendientes vencidos y 1 que vence esta semana.", html);
    }

    [Fact]
    public void Render_UserTextWithMarkup_EncodedEverywhere()
    {
        var section = Section("<b>Mesa</b>") with
        {
            Items = [new DigestMailItem(DigestItemKind.Agreement, "<script>alert(1)</script> & \"más\"", "O'Higgins <img src=x>", null)],
        };

        var (_, html) = DigestMailRenderer.Render(Digest(section));

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>Mesa", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;más&quot;", html);
        Assert.Contains("O&#39;Higgins &lt;img src=x&gt;", html);
    }

    [Fact]
    public void Render_Accessibility_LanguageHeadingsCaptionsAndScopedHeaders()
    {
        var (_, html) = DigestMailRenderer.Render(Digest(Section("Resiliencia") with
        {
            Items = [new DigestMailItem(DigestItemKind.ActionItem, "Revisar bases", "Ana Pérez", Today.AddDays(-3))],
        }));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"es-CL\">", html);
        Assert.Contains("<h1", html);
        Assert.Contains("<h2 style=\"font-size:18px;margin:0 0 6px 0;color:#1f1f1f;\">Mesa Resiliencia</h2>", html);
        Assert.Contains("<caption", html);
        Assert.Equal(5, CountOf(html, "<th scope=\"col\""));
        Assert.DoesNotContain("<style", html);
        // The state is written, not only coloured.
        Assert.Contains(">vencida hace 3 días</td>", html);
        Assert.Contains(">11/12</td>", html);
    }

    [Fact]
    public void Render_ManyItems_CappedWithARemainderLine()
    {
        var items = Enumerable.Range(1, DigestMailRenderer.MaxItemsPerMesa + 4)
            .Select(i => new DigestMailItem(DigestItemKind.ActionItem, $"Tarea {i}", "Ana", Today.AddDays(i))).ToList();

        var (_, html) = DigestMailRenderer.Render(Digest(Section("BIM") with { Items = items }));

        Assert.Equal(DigestMailRenderer.MaxItemsPerMesa, CountOf(html, "<td style=\"padding:6px 8px;border-bottom:1px solid #d1d1d1;text-align:left;vertical-align:top;\">Tarea</td>"));
        Assert.Contains("Y 4 más en el canal de la mesa.", html);
    }

    [Fact]
    public void Render_LinksOnlyWhenHttp()
    {
        var (_, html) = DigestMailRenderer.Render(new DigestMail(Today,
            [Section("BIM") with { ChannelLink = "javascript:alert(1)" }], TeamsLink: "https://teams.microsoft.com/l/app/abc"));

        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("href=\"https://teams.microsoft.com/l/app/abc\"", html);
    }

    [Fact]
    public void Render_NoMesas_SaysSo()
    {
        var (subject, html) = DigestMailRenderer.Render(new DigestMail(Today, []));

        Assert.Contains("(0 vencidas, 0 por vencer)", subject);
        Assert.Contains("No hay mesas con pendientes esta semana.", html);
    }

    private static DigestMail Digest(params DigestMailSection[] sections) => new(Today, sections);

    private static DigestMailSection Section(string name, int overdue = 0, int dueThisWeek = 0) =>
        new(name, Open: overdue + dueThisWeek, overdue, dueThisWeek, CompletedThisWeek: 0, Items: []);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
