using System.Globalization;
using MesaBot.IntegrationTests.Records;
using MesaBot.Records;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>A reminder speaks its mesa's language, whatever the culture of the host that delivers it.</summary>
public sealed class ReminderLanguageTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateOnly Due = new(2026, 3, 26);

    [Fact]
    public async Task Deliver_EnglishMesa_ReminderIsInEnglish()
    {
        // Arrange: the host runs in Spanish; the mesa chose English.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-CL");
        var (h, host) = await SeedAsync("en");

        // Act
        await host.TickAsync(h.Time.GetUtcNow());

        // Assert
        var card = Assert.Single(h.Connector.Sent).CardJson;
        Assert.Contains("Mark done", card);
        Assert.Contains("Reminder: due today.", card);
        Assert.DoesNotContain("Marcar cumplida", card);
    }

    [Fact]
    public async Task Deliver_SpanishMesaOnAnEnglishHost_ReminderIsInSpanish()
    {
        // Arrange: before, reminders followed the host's culture.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var (h, host) = await SeedAsync(Mesa.DefaultLanguage);

        // Act
        await host.TickAsync(h.Time.GetUtcNow());

        // Assert
        var card = Assert.Single(h.Connector.Sent).CardJson;
        Assert.Contains("Marcar cumplida", card);
        Assert.DoesNotContain("Mark done", card);
        Assert.Equal("en-US", CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public async Task Deliver_EnglishCommittee_DigestIsInEnglish()
    {
        // Arrange: RES stays Spanish; the committee, which receives the digest, chose English.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-CL");
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (_, committee) = await h.SeedMesasAsync();
        await h.Records.Mesas.SetLanguageAsync(committee, "en", RecordsHarness.Ana, Ct);
        var host = h.Host();
        await host.TickAsync(h.Time.GetUtcNow());

        // Act: Monday 09:00, the digest's hour.
        h.SetLocal(new DateOnly(2026, 3, 23), 9);
        await host.TickAsync(h.Time.GetUtcNow());

        // Assert
        var digest = Assert.Single(h.Connector.Sent, s => s.ConversationId == RemindersHarness.CommitteeChatKey).CardJson;
        Assert.Contains("Weekly summary of the groups", digest);
        Assert.DoesNotContain("Resumen semanal", digest);
    }

    /// <summary>RES in the given language, with one tarea of Beto due today; the clock at 09:00 local.</summary>
    private static async Task<(RemindersHarness, ReminderHost)> SeedAsync(string language)
    {
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (res, _) = await h.SeedMesasAsync();
        res = await h.Records.Mesas.SetLanguageAsync(res, language, RecordsHarness.Ana, Ct);
        await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Enviar el informe", RecordsHarness.Beto, Due), RecordsHarness.Ana, null, Ct);
        h.SetLocal(Due, 9);
        return (h, h.Host());
    }
}
