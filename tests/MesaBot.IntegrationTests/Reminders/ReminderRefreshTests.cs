using System.Text.Json;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Records;
using MesaBot.Records;

namespace MesaBot.IntegrationTests.Reminders;

/// <summary>A reminder viewed after its item changed redraws as the item is now: it carries a refresh for the person reminded.</summary>
public sealed class ReminderRefreshTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Deliver_TaskReminder_CarriesRefreshForTheRemindedPersonOnly()
    {
        // Arrange: Beto's tarea is due today; 09:00 local.
        var h = await RemindersHarness.StartAsync();
        h.SetLocal(new DateOnly(2026, 3, 20), 12);
        var (res, _) = await h.SeedMesasAsync();
        var task = await h.Records.ActionItems.CreateAsync(res, new NewActionItem("Enviar el informe", RecordsHarness.Beto, new DateOnly(2026, 3, 26)), RecordsHarness.Ana, null, Ct);
        h.SetLocal(new DateOnly(2026, 3, 26), 9);

        // Act
        await h.Host().TickAsync(h.Time.GetUtcNow());

        // Assert
        using var card = JsonDocument.Parse(Assert.Single(h.Connector.Sent).CardJson);
        var refresh = card.RootElement.GetProperty("refresh");
        Assert.Equal(["29:beto"], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
        var action = refresh.GetProperty("action");
        Assert.Equal(CardVerbs.RefreshItem, action.GetProperty("verb").GetString());
        var data = action.GetProperty("data");
        Assert.Equal((res.Id, "T-1", task.Version), (data.GetProperty("mesa").GetString(), data.GetProperty("ref").GetString(), data.GetProperty("version").GetString()));
    }
}
