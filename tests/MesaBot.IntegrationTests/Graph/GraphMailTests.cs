using System.Text.Json;
using MesaBot.Graph;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>The digest e-mail as Graph receives it from the configured mailbox.</summary>
public sealed class GraphMailTests(GraphHostFixture fixture) : IClassFixture<GraphHostFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 14);

    [Fact]
    public async Task DigestMailer_Send_GraphGetsSubjectEscapedHtmlAndCommittee()
    {
        var digest = new DigestMail(Today,
        [
            new DigestMailSection("Resiliencia", Open: 7, Overdue: 3, DueThisWeek: 2, CompletedThisWeek: 4,
            [
                new DigestMailItem(DigestItemKind.ActionItem, "Revisar bases <script>alert('x')</script>", "Ana Pérez", new DateOnly(2026, 12, 10)),
                new DigestMailItem(DigestItemKind.Commitment, "Enviar catastro", "CChC", new DateOnly(2026, 12, 16)),
            ]),
        ]);

        var result = await fixture.Get<DigestMailer>().SendAsync(digest, CancellationToken.None);

        Assert.Equal(MailSendStatus.Sent, result.Status);
        var call = fixture.Graph.Calls.Single(c => c.Method == "POST" && c.Path == $"/v1.0/users/{GraphHostFixture.Sender}/sendMail" && c.Body.Contains("Resiliencia"));
        // The SDK writes sendMail's action parameters as "Message"/"SaveToSentItems"; Graph reads them case-insensitively.
        var message = Property(call.Json, "message");
        Assert.StartsWith("MesaBot: resumen semanal del lunes 14 de diciembre (3 vencidas, 2 por vencer)", message.GetProperty("subject").GetString());
        Assert.Equal("html", message.GetProperty("body").GetProperty("contentType").GetString());
        var html = message.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Contains("7 pendientes abiertos · 3 vencidos · 2 vencen esta semana · 4 cumplidos esta semana", html);
        Assert.Contains("Revisar bases &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("vencida hace 4 días", html);
        var to = Assert.Single(message.GetProperty("toRecipients").EnumerateArray());
        Assert.Equal(GraphHostFixture.Committee, to.GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.True(Property(call.Json, "saveToSentItems").GetBoolean());
    }

    private static JsonElement Property(JsonElement json, string name) =>
        json.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    [Fact]
    public async Task SendMail_AccessPolicyRefuses_403FailedResultNotThrown()
    {
        fixture.Graph.MailPermission = false;
        try
        {
            var result = await fixture.Get<IMailSender>().SendAsync(
                new OutgoingMail("Recordatorio", "<p>Hola</p>", ["socio@cchc.cl"]), CancellationToken.None);

            Assert.Equal(MailSendStatus.Failed, result.Status);
            Assert.Equal("ErrorAccessDenied", result.Failure!.Code);
            Assert.NotNull(result.Failure.RequestId);
            Assert.Contains("no tiene permiso", result.Message);
        }
        finally
        {
            fixture.Graph.MailPermission = true;
        }
    }

    [Fact]
    public async Task SendMail_ThrottledTwice_RetriedWithTheSameBody()
    {
        fixture.Graph.ScriptedFailures.Enqueue((429, "0"));
        fixture.Graph.ScriptedFailures.Enqueue((504, null));
        var subject = "Recordatorio " + Guid.NewGuid();

        var result = await fixture.Get<IMailSender>().SendAsync(new OutgoingMail(subject, "<p>Hola</p>", ["socio@cchc.cl"]), CancellationToken.None);

        Assert.Equal(MailSendStatus.Sent, result.Status);
        var attempts = fixture.Graph.Calls.Where(c => c.Body.Contains(subject)).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.Body).Distinct());
    }
}
