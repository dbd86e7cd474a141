using MesaBot.IntegrationTests.Records;
using MesaBot.Records;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>Opt-in e-mails to a partner's contact, sent with the follower's reminder of the commitment.</summary>
public sealed class PartnerMailTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task CommitmentReminder_MesaOptedIn_ContactGetsOneMail(bool optedIn, int expectedMails)
    {
        // Arrange: Monday 23 March 2026; the commitment is due on Thursday 26, so 09:00 today is "3 days before".
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (res, _) = await h.SeedMesasAsync();
        res = await h.Records.Mesas.SetRemindersAsync(res, res.Reminders with { EmailPartners = optedIn }, RecordsHarness.Ana, Ct);
        await h.Records.Commitments.CreateAsync(res,
            new NewCommitment("CChC", "Enviar listado de empresas socias", new DateOnly(2026, 3, 26), RecordsHarness.Beto, "Juan Pérez", "juan.perez@cchc.cl"),
            RecordsHarness.Ana, null, Ct);
        var host = h.Host();
        await host.TickAsync(h.Time.GetUtcNow());

        // Act
        h.SetLocal(new DateOnly(2026, 3, 23), 9);
        await host.TickAsync(h.Time.GetUtcNow());

        // Assert: the follower and the coordinator got their cards; the contact one e-mail, not one per card.
        Assert.Contains(h.Connector.Sent, s => s.ConversationId == "a:beto");
        Assert.Contains(h.Connector.Sent, s => s.ConversationId == "a:ana");
        var mails = h.Mail.Sent.Where(m => m.To.Contains("juan.perez@cchc.cl")).ToList();
        Assert.Equal(expectedMails, mails.Count);
        Assert.All(mails, m => Assert.Contains("Enviar listado de empresas socias", m.HtmlBody));
    }
}
